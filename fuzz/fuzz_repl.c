/* fuzz/fuzz_repl.c: the input is what a person types at `cite repl`.
 *
 * The rules ($CITE_RULES, else TOP/rules) are loaded and checked once. Each input is one
 * session of the public repl_main() over the starting case ($CITE_CASE, else
 * TOP/examples/adult-ipo.json), exactly as `cite repl RULES --facts CASE < input` runs it:
 * standard input is the input bytes (the stdin stream is swapped for an fmemopen of them),
 * standard output goes to /dev/null, and file descriptor 0 is /dev/null so the session is
 * never a terminal (no readline, no history file).
 *
 * Physical lines starting with `:save` or `:load` are dropped from the input: they would
 * write and read files the fuzzer names. (A logical line can only be such a command when its
 * first physical line starts with the command word, so this filter is exact.)
 * With FUZZ_REPL_SKIP_KNOWN=1, lines that trigger an already reported bug are dropped too,
 * so that a campaign finds new ones (see fuzz/regressions/): an assignment whose path starts
 * with '.' (repl-dot-path). */
#include "common.h"
#include "repl.h"

#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static Program prog;
static char case_path[PATH_MAX + 32];
static bool skip_known;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc; (void)argv;
    fuzz_load_rules(&prog);
    const char *env = getenv("CITE_CASE");
    if (env && *env)
        snprintf(case_path, sizeof case_path, "%s", env);
    else
        snprintf(case_path, sizeof case_path, "%s/examples/adult-ipo.json", fuzz_top());
    env = getenv("FUZZ_REPL_SKIP_KNOWN");
    skip_known = env && *env == '1';
    /* never a terminal: repl_main asks isatty(0) */
    int null = open("/dev/null", O_RDONLY);
    if (null >= 0 && isatty(STDIN_FILENO))
        dup2(null, STDIN_FILENO);
    if (null > 0)
        close(null);
    return 0;
}

static bool starts_with_word(const char *s, size_t n, const char *word)
{
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    size_t w = strlen(word);
    return n - i >= w && memcmp(s + i, word, w) == 0;
}

/* An assignment to a path starting with '.' (fuzz/regressions/repl-dot-path). */
static bool known_bug(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    return i < n && s[i] == '.' && memchr(s, '=', n);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* the input without the lines that touch files */
    char *text = malloc(size + 1);
    size_t len = 0;
    for (size_t at = 0; at < size; ) {
        const char *line = (const char *)data + at;
        const char *nl = memchr(line, '\n', size - at);
        size_t n = nl ? (size_t)(nl - line) + 1 : size - at;
        bool drop = starts_with_word(line, n, ":save") || starts_with_word(line, n, ":load")
                 || (skip_known && known_bug(line, n));
        if (!drop) {
            memcpy(text + len, line, n);
            len += n;
        }
        at += n;
    }
    if (len == 0) {
        free(text);
        return 0;
    }
    FILE *in = fmemopen(text, len, "r");
    if (!in) {
        free(text);
        return 0;
    }
    FILE *saved_in = stdin, *saved_out = stdout;
    stdin = in;
    stdout = fuzz_devnull();
    repl_main(&prog, case_path);
    fflush(stdout);
    stdin = saved_in;
    stdout = saved_out;
    fclose(in);
    free(text);
    return 0;
}
