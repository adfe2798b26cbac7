$ T=$(mktemp -d) && make -s -C "${CITE_BIN%/src/cite}" install DESTDIR="$T" >/dev/null 2>&1; (cd "$T" && find . -type f \( -path '*/cite/*' -o -name cite.vim -o -name cite-mode.el \) | sed 's|^.*/share/|share/|' | sort); rm -rf "$T"
share/cite/rules/assessment.cite
share/cite/rules/case.cite
share/cite/rules/domestic.cite
share/cite/rules/hearing.cite
share/cite/rules/htg.cite
share/cite/rules/maximum.cite
share/cite/rules/notice.cite
share/cite/rules/paramedical.cite
share/cite/rules/program.cite
share/cite/rules/protective_supervision.cite
share/cite/rules/rank.cite
share/cite/rules/services.cite
share/cite/rules/severely_impaired.cite
share/cite/rules/totals.cite
share/cite/stdlib/calendar.cite
share/cite/stdlib/holidays.cite
share/doc/cite/README.md
share/doc/cite/analysts.md
share/doc/cite/ihss.md
share/doc/cite/language.md
share/doc/cite/repl.md
share/doc/cite/testing.md
share/emacs/site-lisp/cite-mode.el
share/vim/vimfiles/ftdetect/cite.vim
share/vim/vimfiles/syntax/cite.vim
[exit 0]
$ T=$(mktemp -d) && mkdir "$T/bin" && cp "$CITE_BIN" "$T/bin/" && cp -r rules "$T/rules" && cd / && "$T/bin/cite" eval --facts "$OLDPWD/examples/adult-ipo.json" --query total_monthly; rm -rf "$T"
total_monthly = 88:14 hours/month  [MPP 30-757; MPP 30-757.17]
[exit 0]
$ cd / && CITE_RULES="$OLDPWD/tests/cli/slice" "$CITE_BIN" eval --facts "$OLDPWD/tests/cli/slice/adult.json" --query program_maximum
program_maximum = 283:00 hours/month  [W&I Code 12303.4]
[exit 0]
$ cite check
cite: check needs at least one PATH of rules
(cite --help shows the commands and their options)
[exit 2]
$ cd / && CITE_RULES=/nonexistent "$CITE_BIN" eval --facts "$OLDPWD/examples/adult-ipo.json"
cite: error: cannot read /nonexistent: No such file or directory
[exit 2]
