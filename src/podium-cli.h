/* podium-cli.h — the command line that works without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit codes, as docs/design.md §5 gives them */
#define PODIUM_EXIT_OK        0
#define PODIUM_EXIT_CONFLICTS 1
#define PODIUM_EXIT_FAILURE   2

gboolean podium_cli_wanted (int    argc,
                            char **argv);
int      podium_cli_run    (int    argc,
                            char **argv);

G_END_DECLS
