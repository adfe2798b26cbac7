;;; cite-mode.el --- major mode for cite rule files (the IHSS rule language)  -*- lexical-binding: t -*-

;; Install: make install puts this file under $(datadir)/emacs/site-lisp; then
;;   (require 'cite-mode)
;; or add editors/emacs of a checkout to `load-path'. The keywords are the lexer's
;; (grammar/lexer.l); tests/editors checks that they agree.

;;; Code:

(defgroup cite nil "Editing cite rule files." :group 'languages)

(defcustom cite-indent-offset 2
  "Indentation of the lines under a declaration (its description, versions, definitions)."
  :type 'integer)

(defconst cite-declaration-keywords '("import" "enum" "input" "table" "rule"))
(defconst cite-keywords
  '("output" "when" "priority" "because" "effective" "until" "optional" "asof" "unverified" "whole"
    "if" "then" "else" "and" "or" "not" "in" "for" "where"))
(defconst cite-constants '("true" "false"))
(defconst cite-types
  '("list" "of" "range" "week" "month" "days" "day" "hours" "hour" "minutes" "minute"))

(defvar cite-mode-syntax-table
  (let ((st (make-syntax-table)))
    ;; "--" starts a comment that runs to the end of the line
    (modify-syntax-entry ?- ". 12" st)
    (modify-syntax-entry ?\n ">" st)
    (modify-syntax-entry ?\" "\"" st)
    (modify-syntax-entry ?\\ "\\" st)
    (modify-syntax-entry ?_ "_" st)
    (dolist (c '(?+ ?* ?/ ?< ?> ?= ?! ?: ?. ?,)) (modify-syntax-entry c "." st))
    st)
  "Syntax table of `cite-mode'.")

(defvar cite-font-lock-keywords
  `((,(concat "\\_<" (regexp-opt cite-declaration-keywords) "\\_>\\s-+\\(\\(?:\\sw\\|\\s_\\)+\\)")
     (1 font-lock-function-name-face))
    (,(regexp-opt cite-declaration-keywords 'symbols) . font-lock-keyword-face)
    ("\\_<cite\\_>" . font-lock-builtin-face)
    (,(regexp-opt cite-keywords 'symbols) . font-lock-keyword-face)
    (,(regexp-opt cite-constants 'symbols) . font-lock-constant-face)
    (,(regexp-opt cite-types 'symbols) . font-lock-type-face)
    ("\\_<[0-9]\\{4\\}-[0-9]\\{2\\}-[0-9]\\{2\\}\\_>" . font-lock-constant-face)
    ("\\_<[0-9]+:[0-9]\\{2\\}\\_>" . font-lock-constant-face)
    ("&&\\|||" . font-lock-warning-face))
  "Highlighting of `cite-mode'.")

(defun cite-indent-line ()
  "Indent a declaration's first line at 0 and the lines under it by `cite-indent-offset'."
  (interactive)
  (let ((target (save-excursion
                  (beginning-of-line)
                  (cond ((looking-at "\\s-*\\(import\\|enum\\|input\\|table\\|rule\\)\\_>") 0)
                        ((looking-at "\\s-*}") 0)
                        ((looking-at "\\s-*--") (current-indentation))
                        ((bobp) 0)
                        (t cite-indent-offset)))))
    (if (<= (current-column) (current-indentation))
        (indent-line-to target)
      (save-excursion (indent-line-to target)))))

;;;###autoload
(define-derived-mode cite-mode prog-mode "cite"
  "Major mode for cite rule files."
  :syntax-table cite-mode-syntax-table
  (setq-local comment-start "-- ")
  (setq-local comment-start-skip "--+\\s-*")
  (setq-local font-lock-defaults '(cite-font-lock-keywords))
  (setq-local indent-line-function #'cite-indent-line))

;;;###autoload
(add-to-list 'auto-mode-alist '("\\.cite\\'" . cite-mode))

(provide 'cite-mode)
;;; cite-mode.el ends here
