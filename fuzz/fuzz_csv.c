/* fuzz/fuzz_csv.c: the input is a CSV caseload (a header line of fact paths, then one case
 * a record) for the rules in rules/, run as `cite run rules --cases FILE.csv --out /dev/null`
 * would: the bytes are written to a private FILE.csv under /dev/shm and given to run_main
 * (one job; stderr, where the summary goes, is /dev/null for the call). It exercises the RFC
 * 4180 reader (quoted commas, quotes and line breaks, a byte order mark, records of the wrong
 * width, a header naming a column twice), every cell through facts_set, and the summary. The
 * rules are loaded and checked once ($CITE_RULES, else TOP/rules). */
#include "common.h"
#include "run.h"

#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static Program prog;
static char path[4096];

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc; (void)argv;
    fuzz_load_rules(&prog);
    snprintf(path, sizeof path, "%s/cases.csv", fuzz_tmpdir());
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        abort();
    if (size && fwrite(data, 1, size, f) != size)
        abort();
    fclose(f);
    RunOptions o = { .cases = path, .out = "/dev/null", .jobs = 1 };
    fflush(stderr);
    int saved = dup(STDERR_FILENO);
    dup2(fileno(fuzz_devnull()), STDERR_FILENO);
    int rc = run_main(&prog, NULL, &o);
    fflush(stderr);
    dup2(saved, STDERR_FILENO);
    close(saved);
    if (rc < 0 || rc > 2)
        abort();        /* run_main's statuses are 0, 1 and 2 */
    return 0;
}
