/* main.c: cite's entry point. All state lives in the command that runs. */
#include "config.h"
#include "cli.h"
#include "files.h"

#include <unistd.h>

int main(int argc, char **argv)
{
    /* every write to stdout checked: a full disk is an error, not a success (a terminal
     * keeps the real stdout, which readline needs) */
    FilesOut out = { .fd = -1 };
    if (!isatty(STDOUT_FILENO))
        files_stdout(&out);
    return files_stdout_end(&out, cli_main(argc, argv));
}
