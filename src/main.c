/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "podium-application.h"
#include "podium-cli.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PodiumApplication) app = NULL;

  const char *localedir = g_getenv ("PODIUM_LOCALEDIR");  /* tests run uninstalled */

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* --check and --export need no display, so they run before GTK is touched */
  if (podium_cli_wanted (argc, argv))
    return podium_cli_run (argc, argv);

  app = podium_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
