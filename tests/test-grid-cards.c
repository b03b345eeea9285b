/* test-grid-cards.c — the schedule grid's cards are made before layout, never during it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows the schedule view in a window (under Xvfb, X11 backend) and replaces its plan as a
 * reload or a merge does, scrolls, switches days and zooms. After every frame nothing may
 * have warned (GTK said "Trying to snapshot GtkBox … without a current allocation" when the
 * grid made cards inside its size_allocate), and every card that lies in the view must be
 * shown, where the layout puts it. No pointer is needed, so no xdotool.
 */

#include "config.h"

#include <adwaita.h>

#include "podium-conflicts.h"
#include "podium-json.h"
#include "podium-schedule-grid-private.h"
#include "podium-schedule-view.h"
#include "podium-test-gtk.h"
#include "podium-test-util.h"

#define N_ROOMS 20

typedef struct
{
  PodiumDocument     *document;
  GtkWidget          *window;
  PodiumScheduleView *view;
  PodiumScheduleGrid *grid;
  int                 date;
} Fixture;

/* Warnings and criticals logged since the last check_quiet () */
static GPtrArray *problems;

static GLogWriterOutput
log_writer (GLogLevelFlags   level,
            const GLogField *fields,
            gsize            n_fields,
            gpointer         data)
{
  if (level & (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    for (gsize i = 0; i < n_fields; i++)
      if (g_str_equal (fields[i].key, "MESSAGE"))
        g_ptr_array_add (problems,
                         fields[i].length < 0 ? g_strdup (fields[i].value)
                                              : g_strndup (fields[i].value, fields[i].length));
  return g_log_writer_default (level, fields, n_fields, data);
}

static void
check_quiet (const char *when)
{
  if (problems->len > 0)
    g_test_fail_printf ("%s: %u warnings, the first: %s", when, problems->len,
                        (const char *) g_ptr_array_index (problems, 0));
  g_ptr_array_set_size (problems, 0);
}

/* Two days of @n_sessions each in N_ROOMS rooms, more than a window shows */
static PodiumDocument *
make_document (int  n_sessions,
               int *date)
{
  PodiumDocument *document = podium_document_new ();
  PodiumConference *conference = podium_document_get_conference (document);
  g_autoptr(GPtrArray) rooms = g_ptr_array_new ();

  podium_time_parse_date ("2024-02-03", date);
  g_object_set (conference, "title", "Grid test", "start-date", *date, "end-date", *date + 1,
                "day-start", 8 * 60, "day-end", 20 * 60, NULL);
  for (int r = 0; r < N_ROOMS; r++)
    {
      g_autoptr(PodiumRoom) room = podium_room_new ();
      g_autofree char *id = g_strdup_printf ("room-%d", r);
      g_autofree char *name = g_strdup_printf ("Room %d", r);

      podium_object_set_id (PODIUM_OBJECT (room), id);
      g_object_set (room, "name", name, "capacity", 20 + r, NULL);
      podium_document_add (document, room);
      g_ptr_array_add (rooms, room);
    }
  for (int day = 0; day < 2; day++)
    for (int s = 0; s < n_sessions; s++)
      {
        g_autoptr(PodiumSession) session = podium_session_new ();
        g_autofree char *id = g_strdup_printf ("session-%d-%d", day, s);
        g_autofree char *title = g_strdup_printf ("Session %d of day %d, with a longer title",
                                                  s, day);
        int minutes = 8 * 60 + (s / N_ROOMS) * 40 + day * 5;

        podium_object_set_id (PODIUM_OBJECT (session), id);
        g_object_set (session, "title", title, "kind", s % 12,
                      "start", podium_time_from_date (*date + day, minutes),
                      "duration", 20 + (s % 4) * 10,
                      "room", g_ptr_array_index (rooms, s % N_ROOMS), NULL);
        podium_document_add (document, session);
      }
  podium_document_clear_history (document);
  return document;
}

/* The plan read again from its own bytes: what a reload or a merge gives the window */
static PodiumDocument *
reread (PodiumDocument *document)
{
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  g_autofree char *text = podium_json_write (document, &length);
  g_autoptr(GBytes) bytes = g_bytes_new (text, length);
  PodiumDocument *copy;

  copy = podium_json_read_bytes (bytes, "plan.podium.json", &error);
  g_assert_no_error (error);
  return copy;
}

static PodiumSessionCard *
shown_card (PodiumScheduleGrid *grid,
            const char         *id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (grid->body_layer);
       child;
       child = gtk_widget_get_next_sibling (child))
    {
      PodiumSession *session;

      /* (the peek shows a cut card's whole text over it, elsewhere) */
      if (!PODIUM_IS_SESSION_CARD (child) || child == grid->peek || !gtk_widget_get_mapped (child))
        continue;
      session = podium_session_card_get_session (PODIUM_SESSION_CARD (child));
      if (session && g_str_equal (podium_object_get_id (PODIUM_OBJECT (session)), id))
        return PODIUM_SESSION_CARD (child);
    }
  return NULL;
}

/* Every card the layout puts in the visible part of the body is shown there: no gaps in
 * the view, whatever was made before. Returns how many cards are in view. */
static guint
check_cards_in_view (Fixture    *f,
                     const char *when)
{
  g_autoptr(GString) geometry = g_string_new (NULL);
  g_auto(GStrv) lines = NULL;
  int width = gtk_widget_get_width (GTK_WIDGET (f->grid));
  int height = gtk_widget_get_height (GTK_WIDGET (f->grid));
  graphene_rect_t body;
  guint n = 0;

  check_quiet (when);
  podium_schedule_grid_dump_geometry (f->grid, geometry);
  graphene_rect_init (&body, AXIS_WIDTH, f->grid->header_height,
                      width - AXIS_WIDTH, height - f->grid->header_height);
  lines = g_strsplit (geometry->str, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      char id[64];
      int x, y, w, h;
      graphene_rect_t rect, bounds;
      PodiumSessionCard *card;

      if (sscanf (lines[i], "card %63s %d %d %d %d", id, &x, &y, &w, &h) != 5)
        continue;
      graphene_rect_init (&rect, x, y, w, h);
      if (!graphene_rect_intersection (&rect, &body, NULL))
        continue;
      n++;
      card = shown_card (f->grid, id);
      if (card == NULL)
        g_error ("%s: the card of %s (%d, %d, %d × %d) is not shown", when, id, x, y, w, h);
      g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (card), GTK_WIDGET (f->grid), &bounds));
      /* CSS padding lies around the card's content box */
      if (ABS (bounds.origin.x - x) > 12 || ABS (bounds.origin.y - y) > 8)
        g_error ("%s: the card of %s is at (%.0f, %.0f), not at (%d, %d)", when, id,
                 bounds.origin.x, bounds.origin.y, x, y);
    }
  return n;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->document = make_document (GPOINTER_TO_INT (data), &f->date);
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1300, 820);
  f->view = PODIUM_SCHEDULE_VIEW (podium_schedule_view_new ());
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->view));
  gtk_window_present (GTK_WINDOW (f->window));
  podium_test_wait_frames (GTK_WIDGET (f->view), 3);
  podium_schedule_view_set_document (f->view, f->document);
  f->grid = podium_test_find_grid (GTK_WIDGET (f->view));
  g_assert_nonnull (f->grid);
  podium_test_wait_frames (GTK_WIDGET (f->view), 3);
  check_quiet ("showing the plan");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  g_assert_finalize_object (f->document);
  check_quiet ("closing");
}

/* Frames for @ms milliseconds, as the grid makes the cards around the view after the
 * first paint; the view must be right after each */
static void
settle (Fixture    *f,
        guint       ms,
        const char *when)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      podium_test_wait_frames (GTK_WIDGET (f->view), 1);
      check_cards_in_view (f, when);
    }
}

static void
scroll_to (Fixture *f,
           double   h,
           double   v)
{
  gtk_adjustment_set_value (gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (f->grid)), h);
  gtk_adjustment_set_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (f->grid)), v);
}

/* A reload or a merge replaces the document; the view is painted at once, then scrolled */
static void
test_replace_document (Fixture       *f,
                       gconstpointer  data)
{
  g_assert_cmpuint (check_cards_in_view (f, "first paint"), >, 10);

  for (int round = 0; round < 4; round++)
    {
      g_autoptr(PodiumDocument) copy = reread (f->document);
      g_autofree char *when = g_strdup_printf ("replaced %d", round);

      /* The view was scrolled before; the new plan comes in wherever it is */
      scroll_to (f, round * 150, round * 200);
      podium_test_wait_frames (GTK_WIDGET (f->view), 1);
      podium_schedule_view_set_document (f->view, copy);
      podium_test_wait_frames (GTK_WIDGET (f->view), 1);
      check_cards_in_view (f, when);
      settle (f, 300, when);
    }

  /* One step per frame, diagonally, then a jump back, a few times over (what is made and
   * when depends on the warm-up's timer) */
  for (int round = 0; round < 3; round++)
    {
      scroll_to (f, 0, 0);
      podium_test_wait_frames (GTK_WIDGET (f->view), 1);
      check_cards_in_view (f, "jump back");
      for (int i = 0; i < 40; i++)
        {
          g_autofree char *when = g_strdup_printf ("scroll step %d", i);

          scroll_to (f, i * 45, i * 30);
          podium_test_wait_frames (GTK_WIDGET (f->view), 1);
          check_cards_in_view (f, when);
        }
    }
  podium_schedule_view_set_document (f->view, f->document);
  podium_test_wait_frames (GTK_WIDGET (f->view), 1);
  check_cards_in_view (f, "the first plan again");

  /* A larger window, as the plan is replaced, shows more than the cards made for the
   * smaller one: those follow a frame later at most */
  {
    int width = gtk_widget_get_width (GTK_WIDGET (f->grid));
    g_autoptr(PodiumDocument) copy = reread (f->document);

    podium_schedule_view_set_document (f->view, copy);
    gtk_window_set_default_size (GTK_WINDOW (f->window), 1390, 890);
    while (gtk_widget_get_width (GTK_WIDGET (f->grid)) == width)
      g_main_context_iteration (NULL, TRUE);
    podium_test_wait_frames (GTK_WIDGET (f->view), 2);
    check_cards_in_view (f, "a larger window");
    podium_schedule_view_set_document (f->view, f->document);
    podium_test_wait_frames (GTK_WIDGET (f->view), 1);
  }
}

/* A plan's first paint is one frame: the cards in view are made before the first layout,
 * in the columns that layout gives (a view without a plan has one column, as wide as
 * itself); made after it, they would show a frame later and the view paint twice */
static void
test_first_frame (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *view = podium_schedule_view_new ();

  gtk_window_set_child (GTK_WINDOW (f->window), view);
  f->view = PODIUM_SCHEDULE_VIEW (view);
  f->grid = podium_test_find_grid (view);
  podium_test_wait_frames (view, 3);

  podium_schedule_view_set_document (f->view, f->document);
  podium_test_wait_frames (view, 1);
  g_assert_cmpuint (check_cards_in_view (f, "the first frame"), >, 10);
}

/* Another day and every zoom: each frame shows what is in view */
static void
test_day_and_zoom (Fixture       *f,
                   gconstpointer  data)
{
  static const int zooms[] = { 5, 10, 30, 15 };

  for (int i = 0; i < 8; i++)
    {
      g_autofree char *when = g_strdup_printf ("day %d", i);

      podium_schedule_grid_set_date (f->grid, f->date + (i % 2 == 0 ? 1 : 0));
      podium_test_wait_frames (GTK_WIDGET (f->view), 1);
      check_cards_in_view (f, when);
      settle (f, 300, when);
    }
  scroll_to (f, 400, 300);
  for (guint i = 0; i < G_N_ELEMENTS (zooms); i++)
    {
      g_autofree char *when = g_strdup_printf ("zoom %d", zooms[i]);

      podium_schedule_grid_set_zoom (f->grid, zooms[i]);
      podium_test_wait_frames (GTK_WIDGET (f->view), 1);
      check_cards_in_view (f, when);
      settle (f, 200, when);
    }
}

/* A session moved in the model: the view syncs, the card follows */
static void
test_change (Fixture       *f,
             gconstpointer  data)
{
  PodiumSession *session = podium_document_lookup (f->document, PODIUM_TYPE_SESSION, "session-0-3");
  PodiumRoom *room = podium_document_lookup (f->document, PODIUM_TYPE_ROOM, "room-1");

  podium_document_move (f->document, session, room, podium_time_from_date (f->date, 9 * 60 + 5));
  podium_test_wait_frames (GTK_WIDGET (f->view), 1);
  check_cards_in_view (f, "moved");
  podium_document_undo (f->document);
  podium_test_wait_frames (GTK_WIDGET (f->view), 1);
  check_cards_in_view (f, "undone");
}

static gboolean
card_in_view (Fixture   *f,
              GtkWidget *card)
{
  graphene_rect_t bounds, body;

  graphene_rect_init (&body, AXIS_WIDTH, f->grid->header_height,
                      gtk_widget_get_width (GTK_WIDGET (f->grid)) - AXIS_WIDTH,
                      gtk_widget_get_height (GTK_WIDGET (f->grid)) - f->grid->header_height);
  return gtk_widget_get_mapped (card) &&
         gtk_widget_compute_bounds (card, GTK_WIDGET (f->grid), &bounds) &&
         graphene_rect_contains_rect (&body, &bounds);
}

/* The focused card is brought into view, Tab goes on to the next card and the view follows,
 * and the focused card stays when the view scrolls far away from it */
static void
test_focus_follows (Fixture       *f,
                    gconstpointer  data)
{
  PodiumSession *far = podium_document_lookup (f->document, PODIUM_TYPE_SESSION, "session-0-150");
  GtkWidget *focus;

  podium_schedule_grid_select (f->grid, far, TRUE);
  podium_test_wait_frames (GTK_WIDGET (f->view), 2);
  check_cards_in_view (f, "selected far away");
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_true (PODIUM_IS_SESSION_CARD (focus));
  g_assert_true (podium_session_card_get_session (PODIUM_SESSION_CARD (focus)) == far);
  g_assert_true (card_in_view (f, focus));
  settle (f, 300, "around the focused card");

  for (int i = 0; i < 6; i++)
    {
      g_autofree char *when = g_strdup_printf ("Tab %d", i);
      GtkWidget *before = focus;

      g_signal_emit_by_name (f->window, "move-focus", GTK_DIR_TAB_FORWARD);
      podium_test_wait_frames (GTK_WIDGET (f->view), 2);
      check_cards_in_view (f, when);
      focus = gtk_root_get_focus (GTK_ROOT (f->window));
      g_assert_true (PODIUM_IS_SESSION_CARD (focus));
      g_assert_true (focus != before);
      if (!card_in_view (f, focus))
        g_error ("%s: the focused card is not in view", when);
      settle (f, 100, when);
    }

  scroll_to (f, 0, 0);
  settle (f, 200, "scrolled away from the focus");
  g_assert_true (gtk_widget_has_focus (focus));
  g_assert_true (gtk_widget_get_parent (focus) == f->grid->body_layer);
}

/* A one-minute session at 30 minutes a row is a card a few pixels high: GTK is asked for no
 * negative size (it said "GtkLabel reported min width -3") */
static void
test_one_minute (Fixture       *f,
                 gconstpointer  data)
{
  PodiumRoom *room = podium_document_lookup (f->document, PODIUM_TYPE_ROOM, "room-0");
  g_autoptr(PodiumConflicts) conflicts = podium_conflicts_new (f->document);

  /* Alone, and three at once in one room: narrow lanes, each with a conflict badge */
  podium_schedule_view_set_conflicts (f->view, conflicts);
  for (int i = 0; i < 4; i++)
    {
      g_autoptr(PodiumSession) session = podium_session_new ();
      g_autofree char *id = g_strdup_printf ("one-minute-%d", i);

      podium_object_set_id (PODIUM_OBJECT (session), id);
      g_object_set (session, "title", "A minute", NULL);
      podium_document_add (f->document, session);
      podium_document_schedule (f->document, session, room,
                                podium_time_from_date (f->date, 8 * 60 + (i == 0 ? 30 : 45)), 1);
    }
  for (guint zoom = 5; zoom <= 30; zoom += zoom == 10 ? 5 : zoom == 15 ? 15 : 5)
    {
      g_autofree char *when = g_strdup_printf ("one minute at zoom %u", zoom);

      podium_schedule_grid_set_zoom (f->grid, zoom);
      scroll_to (f, 0, 0);
      podium_test_wait_frames (GTK_WIDGET (f->view), 2);
      check_cards_in_view (f, when);
      for (int i = 0; i < 4; i++)
        {
          g_autofree char *id = g_strdup_printf ("one-minute-%d", i);

          g_assert_nonnull (shown_card (f->grid, id));
        }
    }
}

static void
skip_test (void)
{
  g_test_skip ("needs an X display");
}

#define add_test(path, n, func) \
  g_test_add (path, Fixture, GINT_TO_POINTER (n), fixture_set_up, func, fixture_tear_down)

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  problems = g_ptr_array_new_with_free_func (g_free);
  g_log_set_writer_func (log_writer, NULL, NULL);

  gdk_set_allowed_backends ("x11");
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  if (g_getenv ("DISPLAY") == NULL || !gtk_init_check ())
    {
      g_test_add_func ("/grid-cards/skipped", skip_test);
      return g_test_run ();
    }
  adw_init ();
  /* Warnings are collected and reported with what the test did, not aborted on */
  g_log_set_always_fatal (G_LOG_FATAL_MASK);

  add_test ("/grid-cards/replace-document", 300, test_replace_document);
  add_test ("/grid-cards/first-frame", 300, test_first_frame);
  add_test ("/grid-cards/day-and-zoom", 300, test_day_and_zoom);
  add_test ("/grid-cards/change", 300, test_change);
  add_test ("/grid-cards/focus-follows", 300, test_focus_follows);
  add_test ("/grid-cards/one-minute", 40, test_one_minute);

  return g_test_run ();
}
