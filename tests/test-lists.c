/* test-lists.c — the lists read in full at the window's first-start size
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opens the Sessions list of the example in a window as wide as Podium's first start on a
 * 1400×900 screen and checks, label by label, that when, kind, room and status are not
 * cut short ("Greeti…", "Plenar…", a time range without its end). Run once in English
 * and once in German (LANGUAGE), whose words are longer; and that the organisations'
 * long names are read whole.
 */

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "podium-collection-view.h"
#include "podium-test-util.h"

static void
collect_labels (GtkWidget *widget,
                GPtrArray *labels)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget))
    g_ptr_array_add (labels, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, labels);
}

static GtkWidget *
find_column_view (GtkWidget *widget)
{
  if (GTK_IS_COLUMN_VIEW (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_column_view (child);

      if (found)
        return found;
    }
  return NULL;
}

/* Shows @view of @document in @window at Podium's first-start size on a 1400×900 screen
 * (podium-window.c), once it is laid out */
static void
show_list (GtkWidget      *window,
           GtkWidget      *view,
           PodiumDocument *document)
{
  gtk_window_set_default_size (GTK_WINDOW (window), 1360, 840);
  gtk_window_set_child (GTK_WINDOW (window), view);
  podium_collection_view_set_document (PODIUM_COLLECTION_VIEW (view), document);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (view) || gtk_widget_get_width (view) < 100)
    g_main_context_iteration (NULL, TRUE);
  podium_test_spin (500);
}

/* The texts of the columns that must be read whole: the sessions' kinds, rooms and
 * statuses as the list writes them */
static GHashTable *
short_texts (PodiumDocument *document)
{
  GHashTable *texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *sessions = podium_document_get_sessions (document);

  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(PodiumSession) session = g_list_model_get_item (sessions, i);

      g_hash_table_add (texts, g_strdup (podium_labels_session_kind (podium_session_get_kind (session))));
      g_hash_table_add (texts, g_strdup (podium_labels_session_status (podium_session_get_status (session))));
      g_hash_table_add (texts, podium_labels_session_place (session));
    }
  return texts;
}

static void
test_sessions_read_whole (void)
{
  g_autoptr(PodiumDocument) document = podium_test_load_example ();
  g_autoptr(GHashTable) texts = short_texts (document);
  g_autoptr(GRegex) when = g_regex_new ("[0-9][0-9]:[0-9][0-9]–[0-9][0-9]:[0-9][0-9]", 0, 0, NULL);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = podium_collection_view_new (PODIUM_COLLECTION_SESSIONS);
  guint n_when = 0, n_short = 0;

  show_list (window, view, document);

  collect_labels (view, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);
      const char *text = gtk_label_get_text (label);
      gboolean is_when = g_regex_match (when, text, 0, NULL);

      if (!is_when && !g_hash_table_contains (texts, text))
        continue;
      int natural;

      gtk_widget_measure (GTK_WIDGET (label), GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
      if (pango_layout_is_ellipsized (gtk_label_get_layout (label)) ||
          gtk_widget_get_width (GTK_WIDGET (label)) < natural)
        g_error ("“%s” is cut short in a %d px column", text, gtk_widget_get_width (GTK_WIDGET (label)));
      if (is_when)
        n_when++;
      else
        n_short++;
    }
  /* …and the list is not wider than its pane, which would hide columns to the side */
  {
    GtkWidget *column_view = find_column_view (view);
    GtkWidget *scroller = gtk_widget_get_ancestor (column_view, GTK_TYPE_SCROLLED_WINDOW);

    g_assert_cmpint (gtk_widget_get_width (column_view), <=, gtk_widget_get_width (scroller));
  }

  /* Every session's row was looked at: the example has 12, all scheduled */
  g_assert_cmpuint (n_when, ==, 12);
  g_assert_cmpuint (n_short, >=, 3 * 12);

  gtk_window_destroy (GTK_WINDOW (window));
  podium_test_spin (100);
}

/* Organisations: every name read in full, the long official ones too ("Zentrum für
 * Fachkräftesicherung und Gute Arbeit Sachsen"): the Name column takes the room the
 * list has, its labels do not stop at their natural width */
static void
test_organizations_read_whole (void)
{
  g_autoptr(PodiumDocument) document = podium_test_load_example ();
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GListModel *organizations = podium_document_get_organizations (document);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = podium_collection_view_new (PODIUM_COLLECTION_ORGANIZATIONS);
  guint n_names = 0;

  for (guint i = 0; i < g_list_model_get_n_items (organizations); i++)
    {
      g_autoptr(PodiumOrganization) organization = g_list_model_get_item (organizations, i);

      g_hash_table_add (names, (gpointer) podium_organization_get_name (organization));
    }

  show_list (window, view, document);

  collect_labels (find_column_view (view), labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);
      const char *text = gtk_label_get_text (label);

      if (!g_hash_table_contains (names, text))
        continue;
      if (pango_layout_is_ellipsized (gtk_label_get_layout (label)))
        g_error ("“%s” is cut short in a %d px label", text, gtk_widget_get_width (GTK_WIDGET (label)));
      n_names++;
    }
  g_assert_cmpuint (n_names, ==, g_hash_table_size (names));

  gtk_window_destroy (GTK_WINDOW (window));
  podium_test_spin (100);
}

static void
count_sorts (guint *sorts)
{
  (*sorts)++;
}

/* A list sorts again after a step that changed what it shows, and only then: renaming a
 * room leaves the People list alone, renaming a person sorts it again */
static void
test_skips_unrelated_steps (void)
{
  g_autoptr(PodiumDocument) document = podium_test_load_example ();
  g_autoptr(PodiumRoom) room = g_list_model_get_item (podium_document_get_rooms (document), 0);
  g_autoptr(PodiumPerson) person = g_list_model_get_item (podium_document_get_people (document), 0);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = podium_collection_view_new (PODIUM_COLLECTION_PEOPLE);
  GListModel *columns;
  guint sorts = 0;

  show_list (window, view, document);
  columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (find_column_view (view)));
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (gtk_column_view_column_get_sorter (column))
        g_signal_connect_swapped (gtk_column_view_column_get_sorter (column), "changed",
                                  G_CALLBACK (count_sorts), &sorts);
    }

  podium_document_edit (document, room, "name", "Saal Weimar", NULL);
  podium_test_spin (50);
  g_assert_cmpuint (sorts, ==, 0);

  podium_document_edit (document, person, "name", "Aaron Aalto", NULL);
  podium_test_spin (50);
  g_assert_cmpuint (sorts, >, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  podium_test_spin (100);
}

static guint
count_rows (GtkWidget *view)
{
  GtkWidget *column_view = find_column_view (view);
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (column_view); child;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      for (GtkWidget *row = gtk_widget_get_first_child (child); row;
           row = gtk_widget_get_next_sibling (row))
        n++;
  return n;
}

static gboolean
shows_label (GtkWidget  *view,
             const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect_labels (view, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_str_equal (gtk_label_get_text (g_ptr_array_index (labels, i)), text))
      return TRUE;
  return FALSE;
}

/* A list that is not shown makes no rows (opening a plan of thousands of people took
 * half a second for lists nobody looked at); shown, it lists the plan it was last given,
 * and selecting in it while hidden works */
static void
test_hidden_until_shown (void)
{
  g_autoptr(PodiumDocument) example = podium_test_load_example ();
  g_autoptr(PodiumDocument) other = podium_document_new ();
  g_autoptr(PodiumSession) session = podium_session_new ();
  g_autoptr(PodiumSession) first = g_list_model_get_item (podium_document_get_sessions (example), 0);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *stack = gtk_stack_new ();
  GtkWidget *view = podium_collection_view_new (PODIUM_COLLECTION_SESSIONS);

  gtk_window_set_default_size (GTK_WINDOW (window), 1360, 840);
  gtk_stack_add_named (GTK_STACK (stack), gtk_label_new ("Schedule"), "schedule");
  gtk_stack_add_named (GTK_STACK (stack), view, "list");
  gtk_window_set_child (GTK_WINDOW (window), stack);
  gtk_window_present (GTK_WINDOW (window));
  podium_test_spin (200);

  podium_collection_view_set_document (PODIUM_COLLECTION_VIEW (view), example);
  podium_test_spin (200);
  g_assert_cmpuint (count_rows (view), ==, 0);

  gtk_stack_set_visible_child_name (GTK_STACK (stack), "list");
  podium_test_spin (300);
  g_assert_cmpuint (count_rows (view), ==, 12);
  {
    g_autofree char *count = g_strdup_printf (ngettext ("%u session", "%u sessions", 12), 12);
    g_assert_true (shows_label (view, count));
  }

  /* Another plan while hidden: shown again, the list is the new plan's */
  g_object_set (session, "title", "Podiumsgespräch", NULL);
  podium_document_add (other, session);
  gtk_stack_set_visible_child_name (GTK_STACK (stack), "schedule");
  podium_collection_view_set_document (PODIUM_COLLECTION_VIEW (view), other);
  podium_test_spin (100);
  gtk_stack_set_visible_child_name (GTK_STACK (stack), "list");
  podium_test_spin (300);
  g_assert_cmpuint (count_rows (view), ==, 1);
  {
    g_autofree char *count = g_strdup_printf (ngettext ("%u session", "%u sessions", 1), 1);
    g_assert_true (shows_label (view, count));
  }
  g_assert_true (shows_label (view, "Podiumsgespräch"));

  /* Selecting in a hidden list, as the problems list does before it switches views */
  gtk_stack_set_visible_child_name (GTK_STACK (stack), "schedule");
  podium_collection_view_set_document (PODIUM_COLLECTION_VIEW (view), example);
  podium_collection_view_select (PODIUM_COLLECTION_VIEW (view), first);
  g_assert_true (podium_collection_view_get_selected (PODIUM_COLLECTION_VIEW (view)) == (gpointer) first);

  gtk_window_destroy (GTK_WINDOW (window));
  podium_test_spin (100);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("PODIUM_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/lists/sessions-read-whole", test_sessions_read_whole);
  g_test_add_func ("/lists/organizations-read-whole", test_organizations_read_whole);
  g_test_add_func ("/lists/skips-unrelated-steps", test_skips_unrelated_steps);
  g_test_add_func ("/lists/hidden-until-shown", test_hidden_until_shown);
  return g_test_run ();
}
