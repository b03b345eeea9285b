/* podium-participants-import.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "podium-form.h"
#include "podium-participants-csv.h"
#include "podium-participants-import.h"
#include "podium-window-private.h"

#define PREVIEW_ROWS 5

typedef struct
{
  PodiumWindow   *window;
  PodiumDocument *document;
  PodiumCsvTable *table;
  GtkWidget      *dialog;
  GtkWidget      *problems_label;
  GPtrArray      *dropdowns;   /* GtkDropDown, one per column */
} ImportData;

static void
import_data_free (ImportData *data)
{
  g_clear_object (&data->window);
  g_clear_object (&data->document);
  g_clear_pointer (&data->table, podium_csv_table_free);
  g_clear_pointer (&data->dropdowns, g_ptr_array_unref);
  g_free (data);
}

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
show_problems (ImportData *data,
               const char *text)
{
  gtk_label_set_text (GTK_LABEL (data->problems_label), text);
  gtk_widget_set_visible (data->problems_label, text != NULL);
}

static void
on_import_clicked_cb (GtkButton  *button,
                      ImportData *data)
{
  guint n = podium_csv_table_get_n_columns (data->table);
  g_autofree PodiumParticipantField *mapping = g_new0 (PodiumParticipantField, n);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *toast = NULL;
  PodiumCsvImportCounts counts = { 0, };

  for (guint i = 0; i < n; i++)
    mapping[i] = gtk_drop_down_get_selected (g_ptr_array_index (data->dropdowns, i));

  if (!podium_participants_csv_import (data->document, data->table, mapping, &counts,
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
          show_problems (data, text->str);
        }
      else
        show_problems (data, error ? error->message : _("Nothing was imported"));
      return;
    }

  if (counts.updated == 0)
    toast = g_strdup_printf (ngettext ("Imported %u participant", "Imported %u participants",
                                       counts.added), counts.added);
  else
    /* TRANSLATORS: a toast after importing participants, "Updated 3, added 57" */
    toast = g_strdup_printf (_("Updated %u, added %u"), counts.updated, counts.added);
  _podium_window_toast (data->window, toast, TRUE);
  gtk_window_destroy (GTK_WINDOW (data->dialog));
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

static void
show_dialog (ImportData *data,
             GFile      *file)
{
  PodiumCsvTable *table = data->table;
  guint n_columns = podium_csv_table_get_n_columns (table);
  guint n_rows = podium_csv_table_get_n_rows (table);
  g_autofree PodiumParticipantField *guess = podium_participants_csv_guess_mapping (table);
  g_autoptr(GtkStringList) fields = gtk_string_list_new (NULL);
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *detected = NULL;
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *title = adw_window_title_new (_("Import Participants"), basename);
  GtkWidget *cancel = gtk_button_new_with_label (_("Cancel"));
  GtkWidget *import = gtk_button_new_with_label (_("Import"));
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *info = gtk_label_new (NULL);
  GtkWidget *hint = gtk_label_new (_("Choose what each column holds. Choices name a session or its room."));
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *problems_scrolled = gtk_scrolled_window_new ();
  GtkWidget *grid = gtk_grid_new ();

  data->dialog = window;
  data->dropdowns = g_ptr_array_new ();

  for (int i = 0; i < PODIUM_PARTICIPANT_N_FIELDS; i++)
    gtk_string_list_append (fields, podium_participant_field_label (i));

  gtk_window_set_title (GTK_WINDOW (window), _("Import Participants"));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (data->window));
  gtk_window_set_default_size (GTK_WINDOW (window), 940, 520);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (window), TRUE);
  g_object_set_data_full (G_OBJECT (window), "podium-import", data, (GDestroyNotify) import_data_free);

  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), title);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_widget_add_css_class (import, "suggested-action");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), import);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), window);
  g_signal_connect (import, "clicked", G_CALLBACK (on_import_clicked_cb), data);
  gtk_box_append (GTK_BOX (box), header);

  detected = g_strdup_printf (ngettext ("%u row · %s · %s", "%u rows · %s · %s", n_rows), n_rows,
                              separator_label (podium_csv_table_get_separator (table)),
                              podium_csv_table_get_encoding (table));
  gtk_label_set_text (GTK_LABEL (info), detected);
  gtk_label_set_xalign (GTK_LABEL (info), 0);
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_widget_set_margin_top (content, 12);
  gtk_widget_set_margin_bottom (content, 12);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  gtk_box_append (GTK_BOX (content), info);
  gtk_box_append (GTK_BOX (content), hint);

  /* The header, the field of each column, then the first rows */
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
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
      g_ptr_array_add (data->dropdowns, dropdown);
      gtk_grid_attach (GTK_GRID (grid), cell_label (name, TRUE), c, 0, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), dropdown, c, 1, 1, 1);
      for (guint r = 0; r < MIN (n_rows, PREVIEW_ROWS); r++)
        gtk_grid_attach (GTK_GRID (grid), cell_label (podium_csv_table_get_cell (table, r, c), FALSE),
                         c, r + 2, 1, 1);
    }
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), grid);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_box_append (GTK_BOX (content), scrolled);

  data->problems_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (data->problems_label), 0);
  gtk_label_set_yalign (GTK_LABEL (data->problems_label), 0);
  gtk_label_set_wrap (GTK_LABEL (data->problems_label), TRUE);
  gtk_label_set_selectable (GTK_LABEL (data->problems_label), TRUE);
  gtk_widget_add_css_class (data->problems_label, "error");
  gtk_widget_set_visible (data->problems_label, FALSE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (problems_scrolled), data->problems_label);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (problems_scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (problems_scrolled, TRUE);
  gtk_box_append (GTK_BOX (content), problems_scrolled);

  gtk_box_append (GTK_BOX (box), content);
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_set_default_widget (GTK_WINDOW (window), import);
  gtk_window_present (GTK_WINDOW (window));
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
  ImportData *data;

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

  data = g_new0 (ImportData, 1);
  data->window = g_object_ref (window);
  data->document = g_object_ref (window->document);
  data->table = g_steal_pointer (&table);
  show_dialog (data, G_FILE (source));
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
