/* test-widgets.c — widgets that follow the plan, in a real window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The balance between organisations (the Organisations view with nothing selected)
 * counts every participant. It follows the plan while it is shown, and catches up when it
 * is shown again: registrations imported while another view is open show when the user
 * comes back, and nothing is recounted for a view nobody looks at.
 *
 * And every view and editor, shown on the example and closed, is finalized, and with
 * them the plan (g_assert_finalize_object).
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "podium-changes-view.h"
#include "podium-collection-view.h"
#include "podium-editors.h"
#include "podium-export-dialog.h"
#include "podium-form.h"
#include "podium-merge-dialog.h"
#include "podium-participants-import.h"
#include "podium-preferences-dialog.h"
#include "podium-print.h"
#include "podium-schedule-view.h"
#include "podium-test-util.h"

static void
collect_titles (GtkWidget *widget,
                GString   *out)
{
  if (ADW_IS_PREFERENCES_ROW (widget) && gtk_widget_get_mapped (widget))
    {
      g_string_append (out, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)));
      if (ADW_IS_ACTION_ROW (widget))
        g_string_append_printf (out, " (%s)", adw_action_row_get_subtitle (ADW_ACTION_ROW (widget)));
      g_string_append (out, "; ");
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    collect_titles (child, out);
}

/* What the balance shows of participants: its rows' titles and subtitles */
static char *
shown_rows (GtkWidget *balance)
{
  GString *out = g_string_new (NULL);

  collect_titles (balance, out);
  return g_string_free (out, FALSE);
}

static PodiumParticipant *
add_participant (PodiumDocument *document,
                 const char     *name,
                 const char     *organization)
{
  PodiumParticipant *participant = podium_participant_new ();

  podium_document_begin (document, "Add participant");
  podium_document_add (document, participant);
  podium_document_edit (document, participant,
                        "name", name,
                        "organization-name", organization,
                        "region", "Thüringen",
                        NULL);
  podium_document_end (document);
  return participant;
}

static void
test_balance_when_shown (void)
{
  g_autoptr(PodiumDocument) document = podium_test_load_example ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *stack = gtk_stack_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *balance = podium_editor_balance_new (document);
  g_autofree char *before = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *undone = NULL;
  g_autoptr(PodiumParticipant) first = NULL;
  g_autoptr(PodiumParticipant) second = NULL;

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), balance);
  gtk_stack_add_named (GTK_STACK (stack), scrolled, "balance");
  gtk_stack_add_named (GTK_STACK (stack), gtk_label_new ("Sessions"), "other");
  gtk_window_set_child (GTK_WINDOW (window), stack);
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 900);
  gtk_window_present (GTK_WINDOW (window));
  podium_test_spin (300);

  before = shown_rows (balance);
  g_assert_null (strstr (before, "participant"));

  /* Registrations arrive while the user looks at another view */
  gtk_stack_set_visible_child_name (GTK_STACK (stack), "other");
  podium_test_spin (100);
  first = add_participant (document, "Jürgen Müller", "Verein A");
  second = add_participant (document, "Anna Schmidt", "Verein A");
  podium_test_spin (100);

  /* Back on the balance: both are counted */
  gtk_stack_set_visible_child_name (GTK_STACK (stack), "balance");
  podium_test_spin (200);
  shown = shown_rows (balance);
  g_assert_nonnull (strstr (shown, "Verein A (Thüringen\n2 participants)"));

  /* While it is shown it follows each step */
  podium_document_undo (document);
  podium_test_spin (100);
  undone = shown_rows (balance);
  g_assert_nonnull (strstr (undone, "Verein A (Thüringen\n1 participant)"));

  gtk_window_destroy (GTK_WINDOW (window));
  podium_test_spin (100);
}

/* The laziness itself: a follower made "when shown" does not run while hidden, runs once
 * when shown again, and follows every step while shown */
static void
count_refresh (GtkWidget *widget)
{
  int *count = g_object_get_data (G_OBJECT (widget), "count");

  (*count)++;
}

static void
test_follow_when_shown (void)
{
  g_autoptr(PodiumDocument) document = podium_test_load_example ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *stack = gtk_stack_new ();
  GtkWidget *lazy = gtk_label_new ("lazy");
  GtkWidget *eager = gtk_label_new ("eager");
  int lazy_count = 0, eager_count = 0;
  g_autoptr(PodiumParticipant) a = NULL;
  g_autoptr(PodiumParticipant) b = NULL;
  g_autoptr(PodiumParticipant) c = NULL;

  g_object_set_data (G_OBJECT (lazy), "count", &lazy_count);
  g_object_set_data (G_OBJECT (eager), "count", &eager_count);
  gtk_stack_add_named (GTK_STACK (stack), lazy, "lazy");
  gtk_stack_add_named (GTK_STACK (stack), eager, "eager");
  podium_form_follow_document_when_shown (lazy, document, G_CALLBACK (count_refresh));
  podium_form_follow_document (eager, document, G_CALLBACK (count_refresh));
  gtk_window_set_child (GTK_WINDOW (window), stack);
  gtk_window_present (GTK_WINDOW (window));
  gtk_stack_set_visible_child_name (GTK_STACK (stack), "eager");
  podium_test_spin (200);

  a = add_participant (document, "A", "X");
  b = add_participant (document, "B", "X");
  podium_test_spin (50);
  g_assert_cmpint (lazy_count, ==, 0);
  g_assert_cmpint (eager_count, ==, 2);

  gtk_stack_set_visible_child_name (GTK_STACK (stack), "lazy");
  podium_test_spin (100);
  g_assert_cmpint (lazy_count, ==, 1);
  c = add_participant (document, "C", "X");
  podium_test_spin (50);
  g_assert_cmpint (lazy_count, ==, 2);
  g_assert_cmpint (eager_count, ==, 3);

  gtk_window_destroy (GTK_WINDOW (window));
  podium_test_spin (100);
}

/* Every view and editor, shown on the example and closed again, lets go of itself and of
 * the plan: nothing keeps a widget or the document alive after its window is gone */
static void
show_and_close (GtkWidget *widget)
{
  GtkWidget *window = gtk_window_new ();

  g_object_ref_sink (widget);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_set_child (GTK_WINDOW (window), widget);
  gtk_window_present (GTK_WINDOW (window));
  podium_test_spin (300);
  gtk_window_destroy (GTK_WINDOW (window));
  podium_test_spin (50);
  g_assert_finalize_object (widget);
}

static gpointer
first_item (GListModel *model)
{
  g_autoptr(GObject) item = g_list_model_get_item (model, 0);

  return item;  /* the document keeps it */
}

static void
test_finalize (void)
{
  PodiumDocument *document = podium_test_load_example ();
  PodiumConflicts *conflicts = podium_conflicts_new (document);
  static const PodiumCollectionKind kinds[] = {
    PODIUM_COLLECTION_SESSIONS, PODIUM_COLLECTION_PEOPLE, PODIUM_COLLECTION_ORGANIZATIONS,
    PODIUM_COLLECTION_ROOMS, PODIUM_COLLECTION_PARTICIPANTS,
  };
  PodiumParticipant *participant = podium_participant_new ();
  GtkWidget *widget;

  podium_document_add (document, participant);
  g_object_unref (participant);  /* the document keeps it */

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      widget = podium_collection_view_new (kinds[i]);
      podium_collection_view_set_document (PODIUM_COLLECTION_VIEW (widget), document);
      podium_collection_view_set_conflicts (PODIUM_COLLECTION_VIEW (widget), conflicts);
      show_and_close (widget);
    }

  widget = podium_schedule_view_new ();
  podium_schedule_view_set_document (PODIUM_SCHEDULE_VIEW (widget), document);
  podium_schedule_view_set_conflicts (PODIUM_SCHEDULE_VIEW (widget), conflicts);
  show_and_close (widget);

  widget = podium_changes_view_new ();
  podium_changes_view_set_document (PODIUM_CHANGES_VIEW (widget), document);
  show_and_close (widget);

  show_and_close (podium_editor_new (document, podium_document_get_conference (document)));
  show_and_close (podium_editor_new (document, first_item (podium_document_get_sessions (document))));
  show_and_close (podium_editor_new (document, first_item (podium_document_get_people (document))));
  show_and_close (podium_editor_new (document, first_item (podium_document_get_organizations (document))));
  show_and_close (podium_editor_new (document, first_item (podium_document_get_rooms (document))));
  show_and_close (podium_editor_new (document, participant));
  {
    const GType sections[] = {
      PODIUM_TYPE_SESSION_WHEN_SECTION, PODIUM_TYPE_SESSION_ROLES_SECTION,
      PODIUM_TYPE_SESSION_VIDEO_SECTION,
    };

    for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
      show_and_close (g_object_new (sections[i], "document", document,
                                    "object", first_item (podium_document_get_sessions (document)),
                                    NULL));
  }
  show_and_close (podium_editor_balance_new (document));

  g_assert_finalize_object (conflicts);
  g_assert_finalize_object (document);
}

/* The dialogs: shown, what they show, closed and finalized */

static gpointer
find_widget (GtkWidget  *widget,
             GType       type,
             const char *title)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) &&
      (title == NULL ||
       g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      gpointer found = find_widget (child, type, title);

      if (found)
        return found;
    }
  return NULL;
}

static char *
combo_row_items (AdwComboRow *row)
{
  GListModel *model = adw_combo_row_get_model (row);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      g_string_append_printf (out, "%s%s", i ? "; " : "", gtk_string_object_get_string (item));
    }
  return g_string_free (out, FALSE);
}

static const char *
combo_row_selected (AdwComboRow *row)
{
  return gtk_string_object_get_string (adw_combo_row_get_selected_item (row));
}

static void
on_exported_cb (GtkWidget *dialog,
                GFile     *file,
                GFile    **exported)
{
  g_set_object (exported, file);
}

static GtkFileChooser *
find_file_chooser (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* (transfer none) */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return GTK_FILE_CHOOSER (window);
    }
  return NULL;
}

/* Every format of the export table by its label (badges and attendance lists are
 * documents under PDF), PDF first with its documents, which only PDF and HTML have */
static void
test_export_dialog (void)
{
  PodiumDocument *document = podium_test_load_example ();
  PodiumPlan *plan = podium_plan_new (document);
  GtkWidget *parent = gtk_window_new ();
  GtkWidget *dialog;
  AdwComboRow *format_row;
  AdwComboRow *document_row;
  g_autofree char *formats = NULL;
  g_autofree char *documents = NULL;
  g_autofree char *dir = g_dir_make_tmp ("podium-export-XXXXXX", NULL);
  g_autofree char *expected = g_build_filename (dir, "AT 23-24-programme.html", NULL);
  g_autofree char *path = NULL;
  g_autofree char *html = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GFile) folder = NULL;
  GFile *exported = NULL;
  GtkFileChooser *chooser;
  GtkWidget *default_button;

  /* The suggested file name is the acronym's, without the slash a name cannot hold */
  g_object_set (podium_document_get_conference (document), "acronym", "AT 23/24", NULL);
  gtk_window_present (GTK_WINDOW (parent));
  dialog = podium_export_dialog_new (GTK_WINDOW (parent), plan);
  g_object_ref (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  podium_test_spin (200);

  format_row = find_widget (dialog, ADW_TYPE_COMBO_ROW, "_Format");
  document_row = find_widget (dialog, ADW_TYPE_COMBO_ROW, "_Document");
  g_assert_nonnull (format_row);
  g_assert_nonnull (document_row);
  formats = combo_row_items (format_row);
  g_assert_cmpstr (formats, ==,
                   "Podium Plan; PDF Document; Web Page (HTML); frab schedule.xml; "
                   "frab schedule.json; Calendar (iCalendar); Spreadsheet (CSV); "
                   "Changes Since the Last Version (HTML); Participants (CSV)");
  documents = combo_row_items (document_row);
  g_assert_cmpstr (documents, ==,
                   "Programme; Room Signs; Speaker List; Run of Show; Name Badges; "
                   "Attendance Lists");
  g_assert_cmpstr (combo_row_selected (format_row), ==, "PDF Document");
  /* Enter exports: the suggested response is the default */
  default_button = gtk_window_get_default_widget (GTK_WINDOW (dialog));
  g_assert_true (GTK_IS_BUTTON (default_button));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (default_button)), ==, "_Export…");
  g_assert_true (gtk_widget_has_css_class (default_button, "suggested"));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (document_row)));

  adw_combo_row_set_selected (format_row, 6);
  g_assert_cmpstr (combo_row_selected (format_row), ==, "Spreadsheet (CSV)");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (document_row)));
  adw_combo_row_set_selected (format_row, 2);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (document_row)));

  /* Export: the Programme as HTML, into the file chosen (GTK's own chooser here) */
  adw_combo_row_set_selected (document_row, 0);
  g_signal_connect (dialog, "exported", G_CALLBACK (on_exported_cb), &exported);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "export");
  podium_test_spin (300);
  chooser = find_file_chooser ();
  g_assert_nonnull (chooser);
  name = gtk_file_chooser_get_current_name (chooser);
  g_assert_cmpstr (name, ==, "AT 23-24-programme.html");
  folder = g_file_new_for_path (dir);
  gtk_file_chooser_set_current_folder (chooser, folder, NULL);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  for (guint i = 0; i < 100 && exported == NULL; i++)
    podium_test_spin (20);
  g_assert_nonnull (exported);
  path = g_file_get_path (exported);
  g_assert_cmpstr (path, ==, expected);
  g_assert_true (g_file_get_contents (path, &html, NULL, NULL));
  g_assert_nonnull (strstr (html, "<html"));
  g_clear_object (&exported);
  g_unlink (path);
  g_rmdir (dir);
  /* … and the next export starts in its folder */
  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);
    g_autofree char *recent = g_settings_get_string (settings, "recent-export-folder");

    g_assert_cmpstr (recent, ==, dir);
    g_settings_reset (settings, "recent-export-folder");
  }

  gtk_window_close (GTK_WINDOW (dialog));
  podium_test_spin (50);
  g_assert_finalize_object (dialog);
  gtk_window_destroy (GTK_WINDOW (parent));
  g_assert_finalize_object (plan);
  g_assert_finalize_object (document);
}

/* Preferences show what the settings hold, and a change is the settings' at once */
static void
test_preferences_dialog (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GtkWidget *dialog;
  AdwComboRow *color_row;
  GtkSpinButton *zoom;

  g_settings_set_int (settings, "grid-zoom", 30);
  g_settings_set_string (settings, "color-by", "organization");
  dialog = podium_preferences_dialog_new (NULL, settings);
  g_object_ref (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  podium_test_spin (200);

  color_row = find_widget (dialog, ADW_TYPE_COMBO_ROW, "_Colour Cards By");
  zoom = find_widget (dialog, GTK_TYPE_SPIN_BUTTON, NULL);
  g_assert_nonnull (color_row);
  g_assert_nonnull (zoom);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (zoom)));
  g_assert_cmpstr (combo_row_selected (color_row), ==, "Organisation");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (zoom), ==, 30);

  gtk_spin_button_set_value (zoom, 45);
  g_assert_cmpint (g_settings_get_int (settings, "grid-zoom"), ==, 45);
  adw_combo_row_set_selected (color_row, 0);
  g_assert_cmpstr (combo_row_selected (color_row), ==, "Kind of Session");
  {
    g_autofree char *color_by = g_settings_get_string (settings, "color-by");
    g_assert_cmpstr (color_by, ==, "kind");
  }
  /* … and follows the settings */
  g_settings_set_int (settings, "grid-zoom", 10);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (zoom), ==, 10);

  gtk_window_close (GTK_WINDOW (dialog));
  podium_test_spin (50);
  g_assert_finalize_object (dialog);
  g_settings_reset (settings, "grid-zoom");
  g_settings_reset (settings, "color-by");
}

static gboolean
is_page_label (GtkWidget *widget)
{
  return GTK_IS_LABEL (widget) &&
         g_str_has_prefix (gtk_label_get_label (GTK_LABEL (widget)), "Page ");
}

static GtkWidget *
find_page_label (GtkWidget *widget)
{
  if (is_page_label (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_page_label (child);

      if (found)
        return found;
    }
  return NULL;
}

/* The print preview: the plan's title, its choices in a row, the pages counted and turned */
static void
test_print_preview (void)
{
  PodiumDocument *document = podium_test_load_example ();
  GtkWidget *preview = GTK_WIDGET (podium_print_preview_new (NULL, document, NULL));
  AdwWindowTitle *title;
  GtkWidget *page_label;
  guint n_pages = 0;
  g_autofree char *second = NULL;

  g_object_ref (preview);
  gtk_window_present (GTK_WINDOW (preview));
  podium_test_spin (300);

  title = find_widget (preview, ADW_TYPE_WINDOW_TITLE, NULL);
  g_assert_nonnull (title);
  g_assert_cmpstr (adw_window_title_get_title (title), ==, "Print Preview");
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==,
                   podium_conference_get_title (podium_document_get_conference (document)));
  g_assert_true (gtk_widget_get_mapped (find_widget (preview, GTK_TYPE_DROP_DOWN, NULL)));
  g_assert_true (gtk_widget_get_mapped (find_widget (preview, GTK_TYPE_DRAWING_AREA, NULL)));

  page_label = find_page_label (preview);
  g_assert_nonnull (page_label);
  g_assert_cmpint (sscanf (gtk_label_get_label (GTK_LABEL (page_label)), "Page 1 of %u", &n_pages),
                   ==, 1);
  g_assert_cmpuint (n_pages, >, 1);
  gtk_widget_activate_action (preview, "preview.next", NULL);
  second = g_strdup_printf ("Page 2 of %u", n_pages);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (page_label)), ==, second);

  /* Export PDF writes the pages shown, in the background, where the chooser says */
  {
    g_autofree char *dir = g_dir_make_tmp ("podium-preview-XXXXXX", NULL);
    g_autofree char *path = g_build_filename (dir, "programme.pdf", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autofree char *pdf = NULL;
    gsize length = 0;
    GtkFileChooser *chooser;

    gtk_widget_activate_action (preview, "preview.export", NULL);
    podium_test_spin (300);
    chooser = find_file_chooser ();
    g_assert_nonnull (chooser);
    gtk_file_chooser_set_file (chooser, file, NULL);
    gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
    for (guint i = 0; i < 200 && !g_file_test (path, G_FILE_TEST_EXISTS); i++)
      podium_test_spin (20);
    podium_test_spin (100);
    g_assert_true (g_file_get_contents (path, &pdf, &length, NULL));
    g_assert_cmpuint (length, >, 1000);
    g_assert_true (g_str_has_prefix (pdf, "%PDF-"));
    g_unlink (path);
    g_rmdir (dir);
  }

  gtk_window_close (GTK_WINDOW (preview));
  podium_test_spin (50);
  g_assert_finalize_object (preview);
  g_assert_finalize_object (document);
}

/* A list closed lets go of the plan: a participant added afterwards reaches no filter of
 * the finalized list (its filter used to outlive it and be called with it) */
static void
test_list_lets_go (void)
{
  PodiumDocument *document = podium_test_load_example ();
  g_autoptr(PodiumParticipant) participant = g_object_new (PODIUM_TYPE_PARTICIPANT,
                                                           "id", "late", "name", "Lena Spät",
                                                           NULL);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = podium_collection_view_new (PODIUM_COLLECTION_PARTICIPANTS);

  g_object_ref (view);
  gtk_window_set_child (GTK_WINDOW (window), view);
  podium_collection_view_set_document (PODIUM_COLLECTION_VIEW (view), document);
  gtk_window_present (GTK_WINDOW (window));
  podium_test_spin (200);
  gtk_window_destroy (GTK_WINDOW (window));
  podium_test_spin (50);
  g_assert_finalize_object (view);

  podium_document_add (document, participant);
  g_assert_cmpuint (g_list_model_get_n_items (podium_document_get_participants (document)), >, 0);
  g_assert_finalize_object (document);
}

/* The merge dialog and the participants import: shown, what they show, closed */

/* A label that shows @text, or (@part) whose text holds it */
static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text,
            gboolean    part)
{
  if (GTK_IS_LABEL (widget) &&
      (part ? strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL
            : g_str_equal (gtk_label_get_text (GTK_LABEL (widget)), text)))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text, part);

      if (found)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found)
        return found;
    }
  return NULL;
}

/* The widgets of @type under @widget, in order */
static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, found);
}

/* Two versions of the example that changed the same @n_sessions session titles and the
 * conference's title each their way: n_sessions + 1 conflicts */
static PodiumMerge *
conflicting_merge (guint            n_sessions,
                   PodiumDocument **documents)
{
  for (guint i = 0; i < 3; i++)
    documents[i] = podium_test_load_example ();
  g_object_set (podium_document_get_conference (documents[1]), "title", "Our Title", NULL);
  g_object_set (podium_document_get_conference (documents[2]), "title", "Their Title", NULL);
  for (guint i = 0; i < n_sessions; i++)
    {
      g_autofree char *ours = g_strdup_printf ("Our Session %u", i);
      g_autofree char *theirs = g_strdup_printf ("Their Session %u", i);
      g_autoptr(GObject) mine = g_list_model_get_item (podium_document_get_sessions (documents[1]), i);
      g_autoptr(GObject) other = g_list_model_get_item (podium_document_get_sessions (documents[2]), i);

      g_object_set (mine, "title", ours, NULL);
      g_object_set (other, "title", theirs, NULL);
    }
  return podium_merge_new (documents[0], documents[1], documents[2]);
}

static gboolean
in_scrolled_window (GtkWidget *widget)
{
  return gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW) != NULL;
}

/* Each conflict a row by its title with both values, Yours or Theirs setting its
 * choice; more than three scroll; Save instead of Merge when saving */
static void
test_merge_dialog (void)
{
  const guint n_sessions[] = { 1, 4 };

  for (guint k = 0; k < G_N_ELEMENTS (n_sessions); k++)
    {
      PodiumDocument *documents[3];
      PodiumMerge *merge = conflicting_merge (n_sessions[k], documents);
      GListModel *conflicts = podium_merge_get_conflicts (merge);
      guint n = g_list_model_get_n_items (conflicts);
      GtkWidget *parent = gtk_window_new ();
      g_autoptr(GPtrArray) rows = g_ptr_array_new ();
      GtkWidget *dialog;
      GtkWidget *theirs;
      g_autofree char *heading = NULL;

      g_assert_cmpuint (n, ==, n_sessions[k] + 1);
      gtk_window_present (GTK_WINDOW (parent));
      dialog = podium_merge_dialog_new (GTK_WINDOW (parent), merge, "plan.podium.json", k == 1);
      g_object_ref (dialog);
      gtk_window_present (GTK_WINDOW (dialog));
      podium_test_spin (200);

      g_object_get (dialog, "heading", &heading, NULL);
      g_assert_cmpstr (heading, ==, "Merge Changes to “plan.podium.json”");
      collect (dialog, ADW_TYPE_ACTION_ROW, rows);
      g_assert_cmpuint (rows->len, ==, n);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(PodiumMergeConflict) conflict = g_list_model_get_item (conflicts, i);
          g_autofree char *title = g_strdup_printf ("%s · %s",
                                                    podium_merge_conflict_get_object_name (conflict),
                                                    podium_merge_conflict_get_label (conflict));
          AdwActionRow *row = g_ptr_array_index (rows, i);
          const char *subtitle = adw_action_row_get_subtitle (row);

          g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, title);
          g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (row)) || k == 1);
          g_assert_nonnull (strstr (subtitle, podium_merge_conflict_get_mine_text (conflict)));
          g_assert_nonnull (strstr (subtitle, podium_merge_conflict_get_theirs_text (conflict)));
        }
      g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, 0)), ==,
                       "the conference · Title");
      g_assert_true (in_scrolled_window (g_ptr_array_index (rows, 0)) == (n > 3));
      g_assert_cmpstr (adw_message_dialog_get_response_label (ADW_MESSAGE_DIALOG (dialog), "merge"),
                       ==, k == 1 ? "_Save" : "_Merge");
      g_assert_cmpstr (adw_message_dialog_get_default_response (ADW_MESSAGE_DIALOG (dialog)),
                       ==, "merge");

      /* Theirs on the last row chooses theirs for that conflict only */
      theirs = find_button (g_ptr_array_index (rows, n - 1), "Theirs");
      g_assert_nonnull (theirs);
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (theirs), TRUE);
      {
        g_autoptr(PodiumMergeConflict) first = g_list_model_get_item (conflicts, 0);
        g_autoptr(PodiumMergeConflict) last = g_list_model_get_item (conflicts, n - 1);

        g_assert_cmpint (podium_merge_conflict_get_choice (first), ==, PODIUM_MERGE_MINE);
        g_assert_cmpint (podium_merge_conflict_get_choice (last), ==, PODIUM_MERGE_THEIRS);
      }

      gtk_window_close (GTK_WINDOW (dialog));
      podium_test_spin (50);
      g_assert_finalize_object (dialog);
      gtk_window_destroy (GTK_WINDOW (parent));
      g_assert_finalize_object (merge);
      for (guint i = 0; i < 3; i++)
        g_assert_finalize_object (documents[i]);
    }
}

static PodiumCsvTable *
table_from (const char *csv)
{
  g_autoptr(GBytes) bytes = g_bytes_new (csv, strlen (csv));
  g_autoptr(GError) error = NULL;
  PodiumCsvTable *table = podium_csv_table_parse (bytes, &error);

  g_assert_no_error (error);
  return table;
}

static void
on_imported_cb (GtkWidget *dialog,
                guint      added,
                guint      updated,
                guint     *counts)
{
  counts[0] = added;
  counts[1] = updated;
}

static GtkWidget *
show_import (PodiumDocument *document,
             const char     *csv,
             GtkWidget      *parent)
{
  GtkWidget *dialog = podium_participants_import_new (GTK_WINDOW (parent), document,
                                                      table_from (csv), "anmeldungen.csv");

  g_object_ref (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  podium_test_spin (200);
  return dialog;
}

/* The import shows what it read and what it guessed each column holds; Import adds the
 * participants and closes; a bad row is said and nothing imported */
static void
test_participants_import (void)
{
  PodiumDocument *document = podium_test_load_example ();
  GListModel *participants = podium_document_get_participants (document);
  GtkWidget *parent = gtk_window_new ();
  GtkWidget *dialog;
  g_autoptr(GPtrArray) dropdowns = g_ptr_array_new ();
  GtkWidget *problems;
  guint counts[2] = { 0, 0 };
  guint before = g_list_model_get_n_items (participants);

  gtk_window_present (GTK_WINDOW (parent));

  /* Line 3 has no name */
  dialog = show_import (document, "Vorname;Nachname;E-Mail\n"
                                  "Jürgen;Beispiel;juergen@example.org\n"
                                  ";;leer@example.org\n", parent);
  g_signal_connect (dialog, "imported", G_CALLBACK (on_imported_cb), counts);
  g_assert_null (find_label (dialog, "Line 3", TRUE));
  g_signal_emit_by_name (find_button (dialog, "Import"), "clicked");
  podium_test_spin (100);
  problems = find_label (dialog, "Line 3: no name", TRUE);
  g_assert_nonnull (problems);
  g_assert_true (gtk_widget_get_mapped (problems));
  g_assert_cmpuint (g_list_model_get_n_items (participants), ==, before);
  g_assert_cmpuint (counts[0], ==, 0);
  gtk_window_close (GTK_WINDOW (dialog));
  podium_test_spin (50);
  g_assert_finalize_object (dialog);

  dialog = show_import (document, "Vorname;Nachname;E-Mail\n"
                                  "Jürgen;Beispiel;juergen@example.org\n"
                                  "Anna;Muster;anna@example.org\n", parent);
  g_signal_connect (dialog, "imported", G_CALLBACK (on_imported_cb), counts);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Import Participants");
  g_assert_nonnull (find_label (dialog, "anmeldungen.csv", FALSE));
  g_assert_nonnull (find_label (dialog, "2 rows · Separated by semicolons · UTF-8", FALSE));
  g_assert_true (gtk_widget_get_mapped (find_label (dialog, "Vorname", FALSE)));
  g_assert_true (gtk_widget_get_mapped (find_label (dialog, "Jürgen", FALSE)));
  g_assert_true (gtk_widget_get_mapped (find_label (dialog, "anna@example.org", FALSE)));
  g_assert_null (find_label (dialog, "Line", TRUE));
  /* Each column's field as guessed from its header */
  collect (dialog, GTK_TYPE_DROP_DOWN, dropdowns);
  g_assert_cmpuint (dropdowns->len, ==, 3);
  g_assert_cmpuint (gtk_drop_down_get_selected (g_ptr_array_index (dropdowns, 0)), ==,
                    PODIUM_PARTICIPANT_FIELD_FIRST_NAME);
  g_assert_cmpuint (gtk_drop_down_get_selected (g_ptr_array_index (dropdowns, 1)), ==,
                    PODIUM_PARTICIPANT_FIELD_LAST_NAME);
  g_assert_cmpuint (gtk_drop_down_get_selected (g_ptr_array_index (dropdowns, 2)), ==,
                    PODIUM_PARTICIPANT_FIELD_EMAIL);
  g_assert_nonnull (find_label (g_ptr_array_index (dropdowns, 0), "First name", FALSE));
  g_assert_true (gtk_window_get_default_widget (GTK_WINDOW (dialog)) ==
                 find_button (dialog, "Import"));

  g_signal_emit_by_name (find_button (dialog, "Import"), "clicked");
  podium_test_spin (50);
  g_assert_cmpuint (counts[0], ==, 2);
  g_assert_cmpuint (counts[1], ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (participants), ==, before + 2);
  /* Import closed it */
  g_assert_finalize_object (dialog);

  gtk_window_destroy (GTK_WINDOW (parent));
  g_assert_finalize_object (document);
}

/* The conference editor reads the list of time zones in a worker thread: made, its zone
 * row shows the conference's zone alone at once; then every zone, the conference's
 * chosen, and choosing one sets it. An editor closed before the list arrives is gone.
 * In a process of its own, where nothing has read the list yet. */
static void
test_conference_time_zones (void)
{
  PodiumDocument *document;
  PodiumConference *conference;
  GtkWidget *window;
  GtkWidget *closed;
  GtkWidget *editor;
  AdwComboRow *row;
  g_autofree char *zone = NULL;
  GListModel *model;
  guint tokyo = GTK_INVALID_LIST_POSITION;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  document = podium_test_load_example ();
  conference = podium_document_get_conference (document);
  zone = g_strdup (podium_conference_get_time_zone (conference));
  g_assert_cmpstr (zone, ==, "Europe/Berlin");

  window = gtk_window_new ();
  closed = g_object_ref_sink (podium_editor_new (document, conference));
  gtk_window_set_child (GTK_WINDOW (window), closed);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (closed);

  editor = podium_editor_new (document, conference);
  row = find_widget (editor, ADW_TYPE_COMBO_ROW, "Time _Zone");
  g_assert_nonnull (row);
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (row)), ==, 1);
  g_assert_cmpstr (combo_row_selected (row), ==, "Europe/Berlin");

  window = gtk_window_new ();
  g_object_ref (editor);
  gtk_window_set_child (GTK_WINDOW (window), editor);
  gtk_window_present (GTK_WINDOW (window));
  for (guint i = 0; i < 250 && g_list_model_get_n_items (adw_combo_row_get_model (row)) == 1; i++)
    podium_test_spin (20);
  model = adw_combo_row_get_model (row);
  g_assert_cmpuint (g_list_model_get_n_items (model), >, 1);
  g_assert_cmpstr (combo_row_selected (row), ==, "Europe/Berlin");
  if (!g_file_test ("/usr/share/zoneinfo/zone1970.tab", G_FILE_TEST_EXISTS))
    g_test_message ("no zone1970.tab: only UTC and the plan's zone listed");
  else
    {
      g_assert_cmpuint (g_list_model_get_n_items (model), >, 100);
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (model), i), "Asia/Tokyo"))
          tokyo = i;
      g_assert_cmpuint (tokyo, !=, GTK_INVALID_LIST_POSITION);
      adw_combo_row_set_selected (row, tokyo);
      g_assert_cmpstr (podium_conference_get_time_zone (conference), ==, "Asia/Tokyo");
      /* … and Undo shows Berlin again */
      podium_document_undo (document);
      g_assert_cmpstr (combo_row_selected (row), ==, "Europe/Berlin");
    }

  gtk_window_destroy (GTK_WINDOW (window));
  podium_test_spin (50);
  g_assert_finalize_object (editor);
  g_assert_finalize_object (document);
}

/* The organisation editor's logo preview is read in the background, not on the main
 * thread: none at first, the image once read, none for a file that is not there */
static void
test_logo_preview (void)
{
  g_autoptr(PodiumDocument) document = podium_test_load_example ();
  g_autofree char *dir = g_dir_make_tmp ("podium-logo-XXXXXX", NULL);
  g_autofree char *svg = g_build_filename (dir, "logo.svg", NULL);
  PodiumOrganization *thaff = podium_document_lookup (document, PODIUM_TYPE_ORGANIZATION, "thaff");
  GtkWidget *window = gtk_window_new ();
  GtkWidget *editor;
  GtkPicture *picture;
  GdkPaintable *paintable;

  g_assert_true (g_file_set_contents (svg,
                                      "<svg xmlns='http://www.w3.org/2000/svg' width='120' height='40'>"
                                      "<rect width='120' height='40' fill='#1c71d8'/></svg>", -1, NULL));
  podium_document_edit (document, thaff, "logo", svg, NULL);
  editor = podium_editor_new (document, thaff);
  gtk_window_set_child (GTK_WINDOW (window), editor);
  gtk_window_present (GTK_WINDOW (window));
  picture = find_widget (editor, GTK_TYPE_PICTURE, NULL);
  g_assert_nonnull (picture);
  g_assert_null (gtk_picture_get_paintable (picture));

  for (guint i = 0; i < 250 && gtk_picture_get_paintable (picture) == NULL; i++)
    podium_test_spin (20);
  paintable = gtk_picture_get_paintable (picture);
  g_assert_nonnull (paintable);
  g_assert_cmpint (gdk_paintable_get_intrinsic_width (paintable), ==, 120);

  podium_document_edit (document, thaff, "logo", "no-such-logo.svg", NULL);
  podium_test_spin (200);
  g_assert_null (gtk_picture_get_paintable (picture));

  gtk_window_destroy (GTK_WINDOW (window));
  podium_test_spin (50);
  g_unlink (svg);
  g_rmdir (dir);
}

static void
skip_no_display (void)
{
  g_test_skip ("no display");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    {
      g_test_add_func ("/widgets/no-display", skip_no_display);
      return g_test_run ();
    }
  adw_init ();
  g_test_add_func ("/widgets/balance-when-shown", test_balance_when_shown);
  g_test_add_func ("/widgets/follow-when-shown", test_follow_when_shown);
  g_test_add_func ("/widgets/finalize", test_finalize);
  g_test_add_func ("/widgets/export-dialog", test_export_dialog);
  g_test_add_func ("/widgets/preferences-dialog", test_preferences_dialog);
  g_test_add_func ("/widgets/print-preview", test_print_preview);
  g_test_add_func ("/widgets/list-lets-go", test_list_lets_go);
  g_test_add_func ("/widgets/merge-dialog", test_merge_dialog);
  g_test_add_func ("/widgets/participants-import", test_participants_import);
  g_test_add_func ("/widgets/conference-time-zones", test_conference_time_zones);
  g_test_add_func ("/widgets/logo-preview", test_logo_preview);
  return g_test_run ();
}
