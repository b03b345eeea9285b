/* podium-test-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "podium-json.h"
#include "podium-test-util.h"

PodiumDocument *
podium_test_load_example (void)
{
  const char *root = g_getenv ("PODIUM_SOURCE_ROOT");
  g_autofree char *path = g_build_filename (root ? root : ".", "data", "examples",
                                            "austauschtreffen.podium.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PodiumDocument *document = podium_json_read_file (file, &error);

  g_assert_no_error (error);
  return document;
}

static gboolean
spin_done_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

void
podium_test_spin (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, spin_done_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}
