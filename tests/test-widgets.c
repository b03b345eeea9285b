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

#include "podium-changes-view.h"
#include "podium-collection-view.h"
#include "podium-editors.h"
#include "podium-form.h"
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
  GtkWidget *widget;

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
  show_and_close (podium_editor_balance_new (document));

  g_assert_finalize_object (conflicts);
  g_assert_finalize_object (document);
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
  return g_test_run ();
}
