/* podium-participants-import.c — the Import Participants dialog: a CSV file's first rows,
 * a field for each column, and the rows that cannot be imported
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "podium-participants-csv.h"
#include "podium-participants-import.h"
#include "podium-ui.h"
#include "podium-window-private.h"

#define PREVIEW_ROWS 5

struct _PodiumParticipantsImport
{
  AdwWindow       parent_instance;

  PodiumDocument *document;
  PodiumCsvTable *table;
  GPtrArray      *dropdowns;   /* GtkDropDown, one per column */

  /* template children */
  AdwWindowTitle *window_title;
  GtkLabel       *info_label;
  GtkGrid        *grid;
  GtkLabel       *problems_label;
};

G_DEFINE_FINAL_TYPE (PodiumParticipantsImport, podium_participants_import, ADW_TYPE_WINDOW)

enum {
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
separator_label (char separator)
{
  switch (separator)
    {
    case ';':  return _("Separated by semicolons");
    case '\t': return _("Separated by tabs");
    case ',':
    default:   return _("Separated by commas");
    }
}

static void
show_problems (PodiumParticipantsImport *self,
               const char               *text)
{
  gtk_label_set_text (self->problems_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->problems_label), text != NULL);
}

static GtkWidget *
cell_label (const char *text,
            gboolean    heading)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
  gtk_label_set_width_chars (GTK_LABEL (label), 10);
  if (heading)
    gtk_widget_add_css_class (label, "heading");
  return label;
}

/* What was detected, and a column each: its header, its field, its first rows */
static void
fill (PodiumParticipantsImport *self,
      const char               *file_name)
{
  PodiumCsvTable *table = self->table;
  guint n_columns = podium_csv_table_get_n_columns (table);
  guint n_rows = podium_csv_table_get_n_rows (table);
  g_autofree PodiumParticipantField *guess = podium_participants_csv_guess_mapping (table);
  g_autoptr(GtkStringList) fields = gtk_string_list_new (NULL);
  g_autofree char *detected = NULL;

  adw_window_title_set_subtitle (self->window_title, file_name);
  detected = g_strdup_printf (ngettext ("%u row · %s · %s", "%u rows · %s · %s", n_rows), n_rows,
                              separator_label (podium_csv_table_get_separator (table)),
                              podium_csv_table_get_encoding (table));
  gtk_label_set_text (self->info_label, detected);

  for (int i = 0; i < PODIUM_PARTICIPANT_N_FIELDS; i++)
    gtk_string_list_append (fields, podium_participant_field_label (i));

  for (guint c = 0; c < n_columns; c++)
    {
      const char *name = podium_csv_table_get_header (table, c);
      GtkWidget *dropdown = gtk_drop_down_new (g_object_ref (G_LIST_MODEL (fields)), NULL);
      g_autofree char *label = NULL;

      /* TRANSLATORS: the accessible name of a column's field in the import, "Column “Vorname”" */
      label = g_strdup_printf (_("Column “%s”"), name);
      gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), guess[c]);
      gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      label, -1);
      g_ptr_array_add (self->dropdowns, dropdown);
      gtk_grid_attach (self->grid, cell_label (name, TRUE), c, 0, 1, 1);
      gtk_grid_attach (self->grid, dropdown, c, 1, 1, 1);
      for (guint r = 0; r < MIN (n_rows, PREVIEW_ROWS); r++)
        gtk_grid_attach (self->grid, cell_label (podium_csv_table_get_cell (table, r, c), FALSE),
                         c, r + 2, 1, 1);
    }
}

/* Callbacks */

static void
on_import_clicked_cb (PodiumParticipantsImport *self)
{
  guint n = podium_csv_table_get_n_columns (self->table);
  g_autofree PodiumParticipantField *mapping = g_new0 (PodiumParticipantField, n);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  PodiumCsvImportCounts counts = { 0, };

  for (guint i = 0; i < n; i++)
    mapping[i] = gtk_drop_down_get_selected (g_ptr_array_index (self->dropdowns, i));

  if (!podium_participants_csv_import (self->document, self->table, mapping, &counts,
                                       &problems, &error))
    {
      if (g_error_matches (error, PODIUM_PARTICIPANTS_CSV_ERROR, PODIUM_PARTICIPANTS_CSV_ERROR_ROWS)
          && problems != NULL)
        {
          g_autoptr(GString) text = g_string_new (NULL);

          g_string_append (text, error->message);
          for (guint i = 0; i < problems->len; i++)
            {
              PodiumCsvProblem *problem = g_ptr_array_index (problems, i);

              g_string_append_c (text, '\n');
              /* TRANSLATORS: a row of the spreadsheet that cannot be imported, "Line 14: no name" */
              g_string_append_printf (text, _("Line %u: %s"), problem->line, problem->reason);
            }
          show_problems (self, text->str);
        }
      else
        show_problems (self, error ? error->message : _("Nothing was imported"));
      return;
    }

  g_signal_emit (self, signals[IMPORTED], 0, counts.added, counts.updated);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* Overrides */

static void
podium_participants_import_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PODIUM_TYPE_PARTICIPANTS_IMPORT);

  G_OBJECT_CLASS (podium_participants_import_parent_class)->dispose (object);
}

static void
podium_participants_import_finalize (GObject *object)
{
  PodiumParticipantsImport *self = PODIUM_PARTICIPANTS_IMPORT (object);

  g_clear_object (&self->document);
  g_clear_pointer (&self->table, podium_csv_table_free);
  g_clear_pointer (&self->dropdowns, g_ptr_array_unref);

  G_OBJECT_CLASS (podium_participants_import_parent_class)->finalize (object);
}

static void
podium_participants_import_class_init (PodiumParticipantsImportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = podium_participants_import_dispose;
  object_class->finalize = podium_participants_import_finalize;

  /**
   * PodiumParticipantsImport::imported:
   * @added: how many participants were added
   * @updated: how many were updated (the same e-mail address)
   */
  signals[IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);

  podium_ui_register_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/podiumplanner/Podium/"
                                               "podium-participants-import.ui");
  gtk_widget_class_bind_template_child (widget_class, PodiumParticipantsImport, window_title);
  gtk_widget_class_bind_template_child (widget_class, PodiumParticipantsImport, info_label);
  gtk_widget_class_bind_template_child (widget_class, PodiumParticipantsImport, grid);
  gtk_widget_class_bind_template_child (widget_class, PodiumParticipantsImport, problems_label);
  gtk_widget_class_bind_template_callback (widget_class, on_import_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, gtk_window_destroy);
}

static void
podium_participants_import_init (PodiumParticipantsImport *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->dropdowns = g_ptr_array_new ();
}

/* The window's side: the file, then the dialog, then a toast */

static void
on_imported_cb (PodiumParticipantsImport *dialog,
                guint                     added,
                guint                     updated,
                PodiumWindow             *window)
{
  g_autofree char *toast = NULL;

  if (updated == 0)
    toast = g_strdup_printf (ngettext ("Imported %u participant", "Imported %u participants",
                                       added), added);
  else
    /* TRANSLATORS: a toast after importing participants, "Updated 3, added 57" */
    toast = g_strdup_printf (_("Updated %u, added %u"), updated, added);
  _podium_window_toast (window, toast, TRUE);
}

static void
show_error (PodiumWindow *window,
            const char   *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (window),
                                              _("This File Cannot Be Imported"), message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_loaded_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(PodiumWindow) window = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PodiumCsvTable) table = NULL;
  g_autofree char *basename = NULL;
  GtkWidget *dialog;

  bytes = g_file_load_bytes_finish (G_FILE (source), result, NULL, &error);
  if (bytes)
    table = podium_csv_table_parse (bytes, &error);
  if (table == NULL)
    {
      show_error (window, error->message);
      return;
    }
  if (window->document == NULL)
    return;

  basename = g_file_get_basename (G_FILE (source));
  dialog = podium_participants_import_new (GTK_WINDOW (window), window->document,
                                           g_steal_pointer (&table), basename);
  g_signal_connect_object (dialog, "imported", G_CALLBACK (on_imported_cb), window, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_chooser_response_cb (GtkNativeDialog *native,
                        int              response,
                        PodiumWindow    *window)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      if (file)
        g_file_load_bytes_async (file, NULL, on_loaded_cb, g_object_ref (window));
    }
  g_object_unref (native);
}

GtkWidget *
podium_participants_import_new (GtkWindow      *parent,
                                PodiumDocument *document,
                                PodiumCsvTable *table,
                                const char     *file_name)
{
  PodiumParticipantsImport *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PODIUM_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (file_name != NULL, NULL);

  self = g_object_new (PODIUM_TYPE_PARTICIPANTS_IMPORT,
                       "transient-for", parent,
                       NULL);
  self->document = g_object_ref (document);
  self->table = table;
  fill (self, file_name);
  return GTK_WIDGET (self);
}

void
podium_participants_import_run (PodiumWindow *window)
{
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  g_return_if_fail (PODIUM_IS_WINDOW (window));

  if (window->document == NULL)
    return;

  native = gtk_file_chooser_native_new (_("Import Participants"), GTK_WINDOW (window),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_filter_set_name (csv, _("Spreadsheets (CSV)"));
  gtk_file_filter_add_pattern (csv, "*.csv");
  gtk_file_filter_add_pattern (csv, "*.CSV");
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), csv);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), all);
  if (window->plan && podium_plan_get_file (window->plan))
    {
      g_autoptr(GFile) folder = g_file_get_parent (podium_plan_get_file (window->plan));

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
    }
  g_signal_connect (native, "response", G_CALLBACK (on_chooser_response_cb), window);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}
