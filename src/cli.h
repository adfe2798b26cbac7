/* cli.h: the command-line interface of doc/contract.md section 3. */
#ifndef CITE_CLI_H
#define CITE_CLI_H

/* Runs one command; returns the exit status (0 ok, 1 check/evaluation failure, 2 usage or input). */
int cli_main(int argc, char **argv);

#endif
