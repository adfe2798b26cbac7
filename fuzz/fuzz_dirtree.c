/* fuzz/fuzz_dirtree.c: the input describes a directory tree: rule files, scenario files,
 * subdirectories, symbolic links (to directories, to files, back up the tree, dangling), hard
 * links, read-only files and many copies of one file. The tree is made under a private
 * directory, then cite is run over it as a user would, through cli_main:
 *   cite check ROOT, cite fmt --check ROOT, cite test ROOT, cite fmt ROOT, cite fmt --check ROOT
 * (stdout and stderr to /dev/null). This is where the reliability review found D3 (two
 * `ln -s .` made the walk visit 2^33 directories) and D6/D7 (fmt replacing through links).
 * It aborts when:
 *   - a command's exit status is not 0, 1 or 2 (or it hangs: libFuzzer's -timeout);
 *   - files_list of ROOT lists more files than the tree has names (a directory entered twice);
 *   - `cite fmt` left a temporary (.NAME.cite-XXXXXX) in any directory of the tree;
 *   - `cite fmt` succeeded and `cite fmt --check` then says a file would change;
 *   - a link target or a file outside the tree changed (the sentinel file beside ROOT).
 *
 * The input, one entry a line (anything else is skipped):
 *   d PATH                 a directory (parents made as needed)
 *   f PATH                 a file; its content is the following lines up to a line "."
 *   l PATH TARGET          a symbolic link PATH -> TARGET (TARGET relative, may be . or ..)
 *   h PATH OLD             a hard link PATH to the file OLD
 *   r PATH                 the file PATH made read-only (0444)
 *   n COUNT PATH           COUNT (at most 200) copies of the file PATH, as PATH-1.cite ...
 * PATH is relative to ROOT: names of [A-Za-z0-9_-] and '.', not starting with '.', at most 8
 * deep, made only in real directories (not through a link). A TARGET is some '..' (no more
 * than the link is deep), then names: it cannot leave ROOT. At most 64 entries and 1,000
 * names in all. */
#include "common.h"
#include "cli.h"
#include "files.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { MAX_ENTRIES = 64, MAX_NAMES = 1000, MAX_DEPTH = 8, MAX_COPIES = 200 };

static char base[4096];         /* fuzz_tmpdir()/tree: ROOT and the sentinel live here */
static char root[4200];
static char sentinel[4200];
static char stdlib_env[4200];
static int names;               /* names made in the tree (files, links, directories) */

static int rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st; (void)ftw;
    if (flag == FTW_DP)
        return rmdir(path) == 0 || errno == ENOENT ? 0 : -1;
    return unlink(path) == 0 || errno == ENOENT ? 0 : -1;
}

/* Removes ROOT without following a link (FTW_PHYS): a loop cannot make this walk long. */
static void remove_root(void)
{
    struct stat st;
    if (lstat(root, &st) == 0 && nftw(root, rm_entry, 16, FTW_DEPTH | FTW_PHYS) != 0) {
        perror("fuzz_dirtree: cannot remove the last tree");
        abort();
    }
}

/* A relative path of plain names, no '.' or '..', none hidden; its depth in *depth. */
static bool plain_path(const char *p, int *depth)
{
    if (!*p || *p == '/')
        return false;
    int d = 0;
    for (const char *c = p; *c;) {
        if (*c == '.' || *c == '/')
            return false;           /* hidden, '..', or an empty component */
        while (*c && *c != '/') {
            bool ok = (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9')
                      || *c == '_' || *c == '-' || *c == '.';
            if (!ok)
                return false;
            c++;
        }
        d++;
        if (*c == '/')
            c++;
    }
    *depth = d;
    return d <= MAX_DEPTH;
}

/* A link target relative to the link's directory (at `depth` below ROOT) that stays in ROOT. */
static bool inside_target(const char *t, int depth)
{
    if (!*t || *t == '/')
        return false;
    int level = depth;
    bool named = false;
    const char *c = t;
    while (*c) {
        const char *end = strchr(c, '/');
        size_t n = end ? (size_t)(end - c) : strlen(c);
        if (n == 2 && c[0] == '.' && c[1] == '.') {
            /* only before the names: after one, '..' would go up from wherever a link
             * among them led */
            if (named || --level < 0)
                return false;
        } else if (!(n == 1 && c[0] == '.') && n != 0) {
            for (size_t i = 0; i < n; i++)
                if (c[i] == '\\' || c[i] < ' ')
                    return false;
            named = true;
        }
        c += n;
        if (*c == '/')
            c++;
    }
    return true;
}

static char *under_root(const char *rel)
{
    static char buf[2][4400];
    static int k;
    k ^= 1;
    snprintf(buf[k], sizeof buf[k], "%s/%s", root, rel);
    return buf[k];
}

static void make_parents(const char *rel)
{
    char tmp[4400];
    snprintf(tmp, sizeof tmp, "%s", under_root(rel));
    for (char *s = tmp + strlen(root) + 1; (s = strchr(s, '/')) != NULL; s++) {
        *s = '\0';
        if (mkdir(tmp, 0755) == 0)
            names++;
        *s = '/';
    }
}

/* Every directory above rel is a directory, not a link to one: an entry made through a link
 * would sit elsewhere than its name says, and its '..' could then leave ROOT. */
static bool real_parents(const char *rel)
{
    char tmp[4400];
    snprintf(tmp, sizeof tmp, "%s", under_root(rel));
    for (char *s = tmp + strlen(root) + 1; (s = strchr(s, '/')) != NULL; s++) {
        struct stat st;
        *s = '\0';
        bool dir = lstat(tmp, &st) == 0 && S_ISDIR(st.st_mode);
        *s = '/';
        if (!dir)
            return false;
    }
    return true;
}

static void write_file(const char *path, const char *data, size_t len)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0644);
    if (fd < 0)
        return;                     /* the name is taken: by a directory, a link, a file */
    names++;
    if (len && write(fd, data, len) != (ssize_t)len) {
        perror("fuzz_dirtree: write");
        abort();
    }
    close(fd);
}

/* Makes the tree the input describes (what cannot be made is skipped). */
static void build(const char *text, size_t size)
{
    const char *p = text, *end = text + size;
    int entries = 0;
    while (p < end && entries < MAX_ENTRIES && names < MAX_NAMES) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
        char line[512];
        if (n >= sizeof line) {
            p = nl ? nl + 1 : end;
            continue;
        }
        memcpy(line, p, n);
        line[n] = '\0';
        p = nl ? nl + 1 : end;
        if (strlen(line) != n || n < 3 || line[1] != ' ')
            continue;               /* a NUL in the line, or not an entry */
        char kind = line[0], *a = line + 2, *b = strchr(a, ' ');
        if (b)
            *b++ = '\0';
        int depth;
        if (kind == 'n') {
            /* n COUNT PATH */
            int count = atoi(a);
            if (!b || count <= 0 || !plain_path(b, &depth) || !real_parents(b))
                continue;
            entries++;
            char *src = under_root(b);
            int fd = open(src, O_RDONLY | O_NOFOLLOW);
            if (fd < 0)
                continue;
            char data[8192];
            ssize_t got = read(fd, data, sizeof data);
            close(fd);
            if (got < 0)
                continue;
            for (int i = 1; i <= count && i <= MAX_COPIES && names < MAX_NAMES; i++) {
                char copy[4500];
                snprintf(copy, sizeof copy, "%s-%d.cite", src, i);
                write_file(copy, data, (size_t)got);
            }
            continue;
        }
        if (!plain_path(a, &depth))
            continue;
        entries++;
        make_parents(a);
        if (!real_parents(a))
            continue;
        switch (kind) {
        case 'd':
            if (mkdir(under_root(a), 0755) == 0)
                names++;
            break;
        case 'f': {
            /* the content: the lines up to a line "." (or the end) */
            const char *start = p, *stop = p;
            while (stop < end) {
                const char *e = memchr(stop, '\n', (size_t)(end - stop));
                size_t len = e ? (size_t)(e - stop) : (size_t)(end - stop);
                if (len == 1 && stop[0] == '.') {
                    p = e ? e + 1 : end;
                    break;
                }
                stop = e ? e + 1 : end;
                p = stop;
            }
            write_file(under_root(a), start, (size_t)(stop - start));
            break;
        }
        case 'l':
            if (b && inside_target(b, depth - 1) && symlink(b, under_root(a)) == 0)
                names++;
            break;
        case 'h': {
            int d2;
            struct stat st;
            if (b && plain_path(b, &d2) && lstat(under_root(b), &st) == 0 && S_ISREG(st.st_mode)
                && link(under_root(b), under_root(a)) == 0)
                names++;
            break;
        }
        case 'r': {
            struct stat st;
            if (lstat(under_root(a), &st) == 0 && S_ISREG(st.st_mode))
                chmod(under_root(a), 0444);
            break;
        }
        default:
            break;
        }
    }
}

static int run(const char *cmd, const char *opt)
{
    char *argv[5];
    int argc = 0;
    argv[argc++] = (char *)"cite";
    argv[argc++] = (char *)cmd;
    if (opt)
        argv[argc++] = (char *)opt;
    argv[argc++] = root;
    argv[argc] = NULL;
    fflush(stdout);
    fflush(stderr);
    int out = dup(STDOUT_FILENO), err = dup(STDERR_FILENO);
    dup2(fileno(fuzz_devnull()), STDOUT_FILENO);
    dup2(fileno(fuzz_devnull()), STDERR_FILENO);
    int rc = cli_main(argc, argv);
    fflush(stdout);
    fflush(stderr);
    dup2(out, STDOUT_FILENO);
    dup2(err, STDERR_FILENO);
    close(out);
    close(err);
    if (getenv("FUZZ_DIRTREE_VERBOSE"))
        fprintf(stderr, "fuzz_dirtree: cite %s%s%s ROOT: %d\n", cmd, opt ? " " : "", opt ? opt : "", rc);
    if (rc < 0 || rc > 2) {
        fprintf(stderr, "fuzz_dirtree: cite %s%s%s ROOT exited %d\n", cmd, opt ? " " : "", opt ? opt : "", rc);
        abort();
    }
    return rc;
}

/* A temporary of files_open (".NAME.cite-XXXXXX") left anywhere in the tree. */
static int temporaries;
static int find_tmp(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st; (void)flag;
    const char *name = path + ftw->base;
    const char *mark = strstr(name, ".cite-");
    if (name[0] == '.' && mark && strlen(mark) == strlen(".cite-XXXXXX")) {
        fprintf(stderr, "fuzz_dirtree: cite fmt left a temporary: %s\n", path);
        temporaries++;
    }
    return 0;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc; (void)argv;
    snprintf(base, sizeof base, "%s/tree", fuzz_tmpdir());
    if (mkdir(base, 0755) != 0 && errno != EEXIST) {
        perror("fuzz_dirtree: mkdir");
        exit(1);
    }
    snprintf(root, sizeof root, "%s/root", base);
    snprintf(sentinel, sizeof sentinel, "%s/outside.cite", base);
    /* the library, as `cite` finds it (the command's default is relative to the build) */
    snprintf(stdlib_env, sizeof stdlib_env, "%s/stdlib", fuzz_top());
    setenv("CITE_PATH", stdlib_env, 1);
    setenv("NO_COLOR", "1", 1);
    return 0;
}

static const char SENTINEL[] = "rule   outside : number = 1  cite \"MPP 30-757.1\"\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    remove_root();
    if (mkdir(root, 0755) != 0) {
        perror("fuzz_dirtree: mkdir root");
        abort();
    }
    /* a badly formatted rule file beside ROOT: nothing run over ROOT may rewrite it */
    unlink(sentinel);
    write_file(sentinel, SENTINEL, sizeof SENTINEL - 1);
    names = 0;
    build((const char *)data, size);

    Arena a;
    ar_init(&a);
    const char **files = NULL;
    int nfiles = 0;
    files_list(&a, root, ".cite", &files, &nfiles);
    ar_free(&a);
    if (getenv("FUZZ_DIRTREE_VERBOSE"))
        fprintf(stderr, "fuzz_dirtree: %d names made, %d rule files listed\n", names, nfiles);
    if (nfiles > names) {
        fprintf(stderr, "fuzz_dirtree: the walk listed %d files in a tree of %d names\n", nfiles, names);
        abort();
    }

    run("check", NULL);
    run("fmt", "--check");
    run("test", NULL);
    int fmt = run("fmt", NULL);
    temporaries = 0;
    nftw(root, find_tmp, 16, FTW_PHYS);
    if (temporaries)
        abort();
    if (fmt == 0 && run("fmt", "--check") != 0) {
        fprintf(stderr, "fuzz_dirtree: cite fmt succeeded, then fmt --check says a file would change\n");
        abort();
    }
    char got[sizeof SENTINEL + 8];
    int fd = open(sentinel, O_RDONLY);
    ssize_t n = fd >= 0 ? read(fd, got, sizeof got) : -1;
    if (fd >= 0)
        close(fd);
    if (n != (ssize_t)sizeof SENTINEL - 1 || memcmp(got, SENTINEL, sizeof SENTINEL - 1) != 0) {
        fprintf(stderr, "fuzz_dirtree: a file outside the tree was changed\n");
        abort();
    }
    return 0;
}
