/* main.c: cite's entry point. All state lives in the command that runs. */
#include "config.h"
#include "cli.h"

int main(int argc, char **argv)
{
    return cli_main(argc, argv);
}
