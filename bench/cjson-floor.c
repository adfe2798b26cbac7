/* cjson-floor.c: the cJSON parse-only floor of bench/run: parses every line of a JSON Lines
 * file with cJSON (the library cite's full reader uses) and frees it, nothing else; prints
 * the number of lines parsed. Issue 17 measures `cite run` with the 16 v1 results against
 * this rate (whole process, the same file). Build: cc -O2 cjson-floor.c -lcjson */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    FILE *f = argc == 2 ? fopen(argv[1], "rb") : NULL;
    if (!f) {
        fprintf(stderr, "usage: cjson-floor FILE.jsonl\n");
        return 2;
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    long parsed = 0, bad = 0;
    while ((len = getline(&line, &cap, f)) >= 0) {
        cJSON *j = cJSON_ParseWithLength(line, (size_t)len);
        if (j)
            parsed++;
        else
            bad++;
        cJSON_Delete(j);
    }
    free(line);
    fclose(f);
    printf("%ld parsed, %ld not JSON\n", parsed, bad);
    return bad != 0;
}
