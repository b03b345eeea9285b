/* podium-ui.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>

#include "podium-resources.h"
#include "podium-ui.h"

/* The UI library is linked statically, by the app and by the widget tests, so its
 * resources (templates, styles, icons) are registered by whoever needs them first: the
 * application before its style sheet is looked up, each template class before it reads
 * its template. */
void
podium_ui_register_resources (void)
{
  static gsize registered = 0;

  if (g_once_init_enter (&registered))
    {
      podium_register_resource ();
      g_once_init_leave (&registered, 1);
    }
}

GFile *
podium_ui_get_example_file (void)
{
  const char *env = g_getenv ("PODIUM_EXAMPLE");
  g_autofree char *installed = g_build_filename (PKGDATADIR, "examples", "austauschtreffen.podium.json", NULL);

  if (env != NULL)
    return g_file_new_for_path (env);
  if (g_file_test (installed, G_FILE_TEST_EXISTS))
    return g_file_new_for_path (installed);
  /* running from the build tree */
  return g_file_new_build_filename (PODIUM_SOURCE_DATADIR, "examples", "austauschtreffen.podium.json", NULL);
}
