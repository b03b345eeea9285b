/* podium-ui.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>

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

typedef struct
{
  GtkNativeDialog *chooser;
  GWeakRef         owner;
} ChooserStart;

static void
on_folder_queried_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  ChooserStart *start = user_data;
  g_autoptr(GFileInfo) info = g_file_query_info_finish (G_FILE (source), result, NULL);
  g_autoptr(GtkWidget) owner = g_weak_ref_get (&start->owner);

  /* Not when what asked for it has gone meanwhile (its editor closed) */
  if (owner != NULL && gtk_widget_get_root (owner) != NULL)
    {
      if (info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (start->chooser), G_FILE (source), NULL);
      gtk_native_dialog_show (start->chooser);
    }

  g_weak_ref_clear (&start->owner);
  g_object_unref (start->chooser);
  g_free (start);
}

void
podium_ui_show_chooser_in (GtkNativeDialog *chooser,
                           GFile           *folder,
                           GtkWidget       *owner)
{
  ChooserStart *start;

  g_return_if_fail (GTK_IS_FILE_CHOOSER (chooser));
  g_return_if_fail (folder == NULL || G_IS_FILE (folder));
  g_return_if_fail (GTK_IS_WIDGET (owner));

  if (folder == NULL)
    {
      gtk_native_dialog_show (chooser);
      return;
    }

  start = g_new0 (ChooserStart, 1);
  start->chooser = g_object_ref (chooser);
  g_weak_ref_init (&start->owner, owner);
  g_file_query_info_async (folder, G_FILE_ATTRIBUTE_STANDARD_TYPE, G_FILE_QUERY_INFO_NONE,
                           G_PRIORITY_DEFAULT, NULL, on_folder_queried_cb, start);
}
