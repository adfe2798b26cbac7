/* files.c: directory walks and safe replacement, shared by loading, fmt and test. */
#include "files.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int cmp_name(const void *x, const void *y) { return strcmp(*(char *const *)x, *(char *const *)y); }

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* The directories a walk has entered, by device and inode: a symlink back to one of them
 * (`ln -s . x`) is not entered again, so two such links cannot make the walk exponential. */
typedef struct Seen { dev_t dev; ino_t ino; } Seen;
typedef struct Walk { Arena *a; const char *suffix; const char ***out; int *n; Seen *seen; int nseen; } Walk;

static bool seen_before(Walk *w, const struct stat *st)
{
    for (int i = 0; i < w->nseen; i++)
        if (w->seen[i].dev == st->st_dev && w->seen[i].ino == st->st_ino)
            return true;
    Seen s = { st->st_dev, st->st_ino };
    AR_PUSH(w->a, w->seen, w->nseen, s);
    return false;
}

static void walk(Walk *w, const char *dir, int depth)
{
    Arena *a = w->a;
    if (depth > 32)
        return;
    DIR *d = opendir(dir);
    if (!d)
        return;
    char **names = NULL;
    int count = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL)
        if (e->d_name[0] != '.')
            AR_PUSH(a, names, count, ar_printf(a, "%s/%s", dir, e->d_name));
    closedir(d);
    if (count)
        qsort(names, (size_t)count, sizeof *names, cmp_name);
    for (int i = 0; i < count; i++) {
        struct stat st;
        if (stat(names[i], &st) != 0)
            continue;
        if (S_ISDIR(st.st_mode)) {
            if (!seen_before(w, &st))
                walk(w, names[i], depth + 1);
        } else if (S_ISREG(st.st_mode) && ends_with(names[i], w->suffix))
            AR_PUSH(a, *w->out, *w->n, names[i]);
    }
}

bool files_list(Arena *a, const char *path, const char *suffix, const char ***out, int *n)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return false;
    if (S_ISDIR(st.st_mode)) {
        Walk w = { a, suffix, out, n, NULL, 0 };
        seen_before(&w, &st);
        walk(&w, path, 0);
    } else
        AR_PUSH(a, *out, *n, ar_strdup(a, path));
    return true;
}

bool files_replace(Arena *a, const char *path, const char *data, size_t len)
{
    char *tmp = ar_printf(a, "%s.cite-tmp", path);
    FILE *f = fopen(tmp, "wb");
    bool ok = f && fwrite(data, 1, len, f) == len;
    if (f && fclose(f) != 0)
        ok = false;
    if (ok && rename(tmp, path) != 0)
        ok = false;
    if (!ok)
        remove(tmp);
    return ok;
}
