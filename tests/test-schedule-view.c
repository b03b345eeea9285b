/* test-schedule-view.c — the schedule grid driven by the real pointer and keyboard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the schedule view in a window under Xvfb (X11 backend) and moves the pointer with
 * xdotool: tray → grid, grid → grid, resizing, grid → tray, undo, keyboard moves, room
 * reordering. Positions come from the widgets' allocations. Screenshots go to
 * G_TEST_BUILDDIR/schedule-view/. Run with --show to just open the window (for run-ui).
 */

#include "config.h"

#include <adwaita.h>
#include <gdk/x11/gdkx.h>

#include "podium-conflicts.h"
#include "podium-json.h"
#include "podium-labels.h"
#include "podium-schedule-grid-private.h"
#include "podium-schedule-view.h"
#include "podium-session-card.h"
#include "podium-test-util.h"

typedef struct
{
  PodiumDocument     *document;
  GtkWidget          *window;
  PodiumScheduleView *view;
  PodiumScheduleGrid *grid;
  PodiumSession      *talk;
  PodiumConflicts    *conflicts;
  Window              xid;
  char               *last_toast;
  gboolean            last_undoable;
  guint               n_toasts;
} Fixture;

static char *output_dir;
static guint shot_counter;

/* Main loop helpers (and podium_test_spin ()) */

static void
on_subprocess_done_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      data)
{
  g_subprocess_wait_finish (G_SUBPROCESS (source), result, NULL);
  *(gboolean *) data = TRUE;
}

/* Runs a command while the main loop keeps serving the window */
static void
run_command (const char *command)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) argv = NULL;
  g_autoptr(GSubprocess) process = NULL;
  gboolean done = FALSE;

  g_assert_true (g_shell_parse_argv (command, NULL, &argv, &error));
  process = g_subprocess_newv ((const char * const *) argv, G_SUBPROCESS_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_subprocess_wait_async (process, NULL, on_subprocess_done_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_subprocess_get_successful (process));
  podium_test_spin (150);
}

static void
xdo (Fixture    *f,
     const char *format,
     ...) G_GNUC_PRINTF (2, 3);

static void
xdo (Fixture    *f,
     const char *format,
     ...)
{
  g_autofree char *args = NULL;
  g_autofree char *command = NULL;
  va_list ap;

  va_start (ap, format);
  args = g_strdup_vprintf (format, ap);
  va_end (ap);
  command = g_strdup_printf ("xdotool %s", args);
  g_test_message ("%s", command);
  run_command (command);
}

static void
screenshot (const char *name)
{
  g_autofree char *file = g_strdup_printf ("%s/%02u-%s.png", output_dir, ++shot_counter, name);
  g_autofree char *command = NULL;
  g_autofree char *import = g_find_program_in_path ("import");

  if (import == NULL)
    return;
  command = g_strdup_printf ("import -window root %s", file);
  run_command (command);
  g_test_message ("screenshot %s", file);
}

/* Finding widgets */

static GtkWidget *
find_widget (GtkWidget *root,
             gboolean (*match) (GtkWidget *widget, gpointer data),
             gpointer   data)
{
  if (match (root, data))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, match, data);

      if (found)
        return found;
    }
  return NULL;
}

static gboolean
is_grid (GtkWidget *widget,
         gpointer   data)
{
  return PODIUM_IS_SCHEDULE_GRID (widget);
}

static gboolean
is_card_of (GtkWidget *widget,
            gpointer   data)
{
  return PODIUM_IS_SESSION_CARD (widget) && !gtk_widget_has_css_class (widget, "peek") &&
         podium_session_card_get_session (PODIUM_SESSION_CARD (widget)) == data &&
         gtk_widget_get_mapped (widget);
}

static gboolean
is_peek (GtkWidget *widget,
         gpointer   data)
{
  return PODIUM_IS_SESSION_CARD (widget) && gtk_widget_has_css_class (widget, "peek");
}

static gboolean
is_room_header (GtkWidget *widget,
                gpointer   data)
{
  return g_object_get_data (G_OBJECT (widget), "podium-room") == data;
}

static gboolean
is_list_view (GtkWidget *widget,
              gpointer   data)
{
  /* the tray's list, not the one in a drop-down's popover */
  return GTK_IS_LIST_VIEW (widget) && gtk_widget_has_css_class (widget, "tray-list");
}

/* The window's pixel for the point (x, y) of @widget; xdotool moves relative to the window */
static void
window_point (Fixture   *f,
              GtkWidget *widget,
              double     x,
              double     y,
              int       *wx,
              int       *wy)
{
  graphene_point_t point;
  double sx = 0, sy = 0;

  g_assert_true (gtk_widget_compute_point (widget, f->window, &GRAPHENE_POINT_INIT (x, y), &point));
  gtk_native_get_surface_transform (GTK_NATIVE (f->window), &sx, &sy);
  *wx = (int) (point.x + sx);
  *wy = (int) (point.y + sy);
}

/* Presses at (x0, y0), moves in steps to (x1, y1) and releases: a real drag */
static void
drag (Fixture    *f,
      int         x0,
      int         y0,
      int         x1,
      int         y1,
      const char *shot)
{
  GString *moves = g_string_new (NULL);
  const int steps = 12;

  for (int i = 1; i <= steps; i++)
    g_string_append_printf (moves, " mousemove --window %lu %d %d sleep 0.03",
                            f->xid, x0 + (x1 - x0) * i / steps, y0 + (y1 - y0) * i / steps);
  xdo (f, "mousemove --window %lu %d %d sleep 0.1 mousedown 1 sleep 0.1"
          " mousemove --window %lu %d %d sleep 0.05%s sleep 0.3",
       f->xid, x0, y0, f->xid, x0 + 2, y0 + 12, moves->str);
  g_string_free (moves, TRUE);
  if (shot)
    screenshot (shot);
  xdo (f, "mouseup 1");
  podium_test_spin (300);
}

static gint64
at (const char *text)
{
  gint64 time = PODIUM_TIME_NONE;

  g_assert_true (podium_time_parse (text, &time));
  return time;
}

/* Fixture */

static void
on_show_toast_cb (PodiumScheduleView *view,
                  const char         *title,
                  gboolean            undoable,
                  Fixture            *f)
{
  g_free (f->last_toast);
  f->last_toast = g_strdup (title);
  f->last_undoable = undoable;
  f->n_toasts++;
}

static gboolean
undo_cb (GtkWidget *widget,
         GVariant  *args,
         gpointer   data)
{
  Fixture *f = data;

  if (podium_document_can_undo (f->document))
    podium_document_undo (f->document);
  return TRUE;
}


static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  GtkEventController *shortcuts;
  GdkSurface *surface;

  f->document = podium_test_load_example ();
  f->talk = podium_session_new ();
  podium_object_set_id (PODIUM_OBJECT (f->talk), "test-talk");
  g_object_set (f->talk, "title", "Neuer Vortrag", "kind", PODIUM_SESSION_TALK,
                "duration", 30, NULL);
  podium_document_add (f->document, f->talk);
  podium_document_clear_history (f->document);

  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1300, 820);
  gtk_window_set_title (GTK_WINDOW (f->window), "Schedule");
  f->view = PODIUM_SCHEDULE_VIEW (podium_schedule_view_new ());
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->view));
  podium_schedule_view_set_document (f->view, f->document);
  f->conflicts = podium_conflicts_new (f->document);
  podium_schedule_view_set_conflicts (f->view, f->conflicts);
  g_signal_connect (f->view, "show-toast", G_CALLBACK (on_show_toast_cb), f);

  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>z"),
                                                          gtk_callback_action_new (undo_cb, f, NULL)));
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_GLOBAL);
  gtk_widget_add_controller (f->window, shortcuts);

  gtk_window_present (GTK_WINDOW (f->window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (f->view)) || gtk_widget_get_width (GTK_WIDGET (f->view)) < 100)
    g_main_context_iteration (NULL, TRUE);
  podium_test_spin (500);

  f->grid = PODIUM_SCHEDULE_GRID (find_widget (GTK_WIDGET (f->view), is_grid, NULL));
  g_assert_nonnull (f->grid);
  surface = gtk_native_get_surface (GTK_NATIVE (f->window));
  g_assert_true (GDK_IS_X11_SURFACE (surface));
  f->xid = gdk_x11_surface_get_xid (surface);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  podium_test_spin (50);
  g_clear_object (&f->conflicts);
  g_clear_object (&f->talk);
  g_assert_finalize_object (f->document);
  g_free (f->last_toast);
}

static PodiumRoom *
room (Fixture    *f,
      const char *id)
{
  PodiumRoom *found = podium_document_lookup (f->document, PODIUM_TYPE_ROOM, id);

  g_assert_nonnull (found);
  return found;
}

/* Where the pointer goes to drop a card at @start in @room, holding it @dy pixels below its
 * top (a card lands where its drag icon is)
 */
static void
grid_target (Fixture    *f,
             const char *room_id,
             const char *start,
             int         dy,
             int        *x,
             int        *y)
{
  graphene_point_t point;

  g_assert_true (podium_schedule_grid_get_point (f->grid, room (f, room_id), at (start), &point));
  window_point (f, GTK_WIDGET (f->grid), point.x, point.y + dy, x, y);
}

static GtkWidget *
card (Fixture       *f,
      PodiumSession *session)
{
  GtkWidget *found = find_widget (f->window, is_card_of, session);

  g_assert_nonnull (found);
  return found;
}

static void
assert_place (PodiumSession *session,
              const char    *room_id,
              const char    *start,
              int            duration)
{
  g_autofree char *text = NULL;

  g_assert_true (podium_session_is_scheduled (session));
  text = podium_time_format (podium_session_get_start (session));
  g_assert_cmpstr (text, ==, start);
  g_assert_nonnull (podium_session_get_room (session));
  g_assert_cmpstr (podium_object_get_id (PODIUM_OBJECT (podium_session_get_room (session))), ==, room_id);
  g_assert_cmpint (podium_session_get_duration (session), ==, duration);
}

/* The saved file says what the model says */
static void
assert_saved (Fixture    *f,
              const char *room_id,
              const char *start)
{
  g_autofree char *path = g_build_filename (output_dir, "saved.podium.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PodiumDocument) saved = NULL;
  PodiumSession *session;

  g_assert_true (podium_json_save_file (f->document, file, NULL, NULL, &error));
  g_assert_no_error (error);
  saved = podium_json_read_file (file, &error);
  g_assert_no_error (error);
  session = podium_document_lookup (saved, PODIUM_TYPE_SESSION, "test-talk");
  g_assert_nonnull (session);
  if (room_id == NULL)
    {
      g_assert_false (podium_session_is_scheduled (session));
      return;
    }
  {
    g_autofree char *text = podium_time_format (podium_session_get_start (session));

    g_assert_cmpstr (text, ==, start);
    g_assert_cmpstr (podium_object_get_id (PODIUM_OBJECT (podium_session_get_room (session))), ==, room_id);
  }
}

/* Tests */

static void
test_drag_and_drop (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *widget;
  graphene_rect_t bounds;
  int x0, y0, x1, y1;
  GtkWidget *list;

  screenshot ("start");

  /* Tray → Themenraum 2 at 10:00 */
  widget = card (f, f->talk);
  g_assert_false (gtk_widget_is_ancestor (widget, GTK_WIDGET (f->grid)));
  window_point (f, widget, 40, 15, &x0, &y0);
  grid_target (f, "themenraum-2", "2023-11-20T10:00", 15 + 1, &x1, &y1);
  drag (f, x0, y0, x1, y1, "drag-from-tray");
  assert_place (f->talk, "themenraum-2", "2023-11-20T10:00", 30);
  assert_saved (f, "themenraum-2", "2023-11-20T10:00");
  g_assert_cmpstr (f->last_toast, ==, "Scheduled “Neuer Vortrag” in Themenraum 2 at 10:00");
  g_assert_true (f->last_undoable);
  g_assert_cmpint (f->n_toasts, ==, 1);

  /* The card is in the grid, in Themenraum 2's column, where 10:00 is */
  podium_test_spin (200);
  widget = card (f, f->talk);
  g_assert_true (gtk_widget_is_ancestor (widget, GTK_WIDGET (f->grid)));
  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (f->grid), &bounds));
  {
    graphene_point_t point;

    podium_schedule_grid_get_point (f->grid, room (f, "themenraum-2"), at ("2023-11-20T10:00"), &point);
    g_assert_cmpfloat (ABS (bounds.origin.y - point.y), <, 4);
    g_assert_cmpfloat (bounds.origin.x, <, point.x);
    g_assert_cmpfloat (bounds.origin.x + bounds.size.width, >, point.x);
  }
  screenshot ("scheduled");
  /* The dropped card has the focus, not whatever had it before the drag */
  g_assert_true (gtk_widget_has_focus (widget));

  /* Grid → Themenraum 3 at 10:05, holding the card 12 pixels below its top */
  window_point (f, widget, 30, 12, &x0, &y0);
  grid_target (f, "themenraum-3", "2023-11-20T10:05", 12 + 1, &x1, &y1);
  drag (f, x0, y0, x1, y1, "drag-preview");
  assert_place (f->talk, "themenraum-3", "2023-11-20T10:05", 30);
  assert_saved (f, "themenraum-3", "2023-11-20T10:05");
  g_assert_cmpstr (f->last_toast, ==, "Moved “Neuer Vortrag” to Themenraum 3 at 10:05");
  podium_test_spin (200);
  g_assert_true (gtk_widget_has_focus (card (f, f->talk)));

  /* Lower edge down by 15 minutes: 45 minutes */
  podium_test_spin (200);
  widget = card (f, f->talk);
  g_assert_true (gtk_widget_compute_bounds (widget, widget, &bounds));
  xdo (f, "mousemove --window %lu 0 0", f->xid);
  window_point (f, widget, bounds.origin.x + bounds.size.width / 2,
                bounds.origin.y + bounds.size.height - 3, &x0, &y0);
  {
    graphene_point_t a, b;

    podium_schedule_grid_get_point (f->grid, room (f, "themenraum-3"), at ("2023-11-20T10:00"), &a);
    podium_schedule_grid_get_point (f->grid, room (f, "themenraum-3"), at ("2023-11-20T10:15"), &b);
    drag (f, x0, y0, x0, y0 + (int) (b.y - a.y) + 1, "resize-preview");
  }
  assert_place (f->talk, "themenraum-3", "2023-11-20T10:05", 45);
  g_assert_cmpstr (f->last_toast, ==, "Changed the length of “Neuer Vortrag” to 45 minutes");

  /* Grid → tray */
  podium_test_spin (200);
  widget = card (f, f->talk);
  window_point (f, widget, 30, 12, &x0, &y0);
  list = find_widget (GTK_WIDGET (f->view), is_list_view, NULL);
  window_point (f, list, gtk_widget_get_width (list) / 2, gtk_widget_get_height (list) / 2, &x1, &y1);
  drag (f, x0, y0, x1, y1, "drag-to-tray");
  g_assert_false (podium_session_is_scheduled (f->talk));
  assert_saved (f, NULL, NULL);
  g_assert_cmpstr (f->last_toast, ==, "Unscheduled “Neuer Vortrag”");
  podium_test_spin (200);
  g_assert_false (gtk_widget_is_ancestor (card (f, f->talk), GTK_WIDGET (f->grid)));

  /* Each drop was one undo step: Ctrl+Z walks them back */
  xdo (f, "key --window %lu ctrl+z", f->xid);
  assert_place (f->talk, "themenraum-3", "2023-11-20T10:05", 45);
  xdo (f, "key --window %lu ctrl+z", f->xid);
  assert_place (f->talk, "themenraum-3", "2023-11-20T10:05", 30);
  xdo (f, "key --window %lu ctrl+z", f->xid);
  assert_place (f->talk, "themenraum-2", "2023-11-20T10:00", 30);
  xdo (f, "key --window %lu ctrl+z", f->xid);
  g_assert_false (podium_session_is_scheduled (f->talk));
  g_assert_false (podium_document_can_undo (f->document));
}

static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  GtkWidget *widget;
  PodiumSession *greeting = podium_document_lookup (f->document, PODIUM_TYPE_SESSION, "greeting-wosche");
  g_autofree char *name = NULL;
  int x, y;

  podium_document_schedule (f->document, f->talk, room (f, "themenraum-3"), at ("2023-11-20T10:05"), 30);
  podium_test_spin (300);

  /* Focus by clicking the card */
  widget = card (f, f->talk);
  window_point (f, widget, 30, 10, &x, &y);
  xdo (f, "mousemove --window %lu %d %d click 1", f->xid, x, y);
  g_assert_true (gtk_widget_has_focus (widget));
  g_assert_true (podium_schedule_view_get_selected_session (f->view) == f->talk);

  xdo (f, "key --window %lu alt+Down", f->xid);
  assert_place (f->talk, "themenraum-3", "2023-11-20T10:10", 30);
  xdo (f, "key --window %lu alt+Up alt+Up", f->xid);
  assert_place (f->talk, "themenraum-3", "2023-11-20T10:00", 30);
  xdo (f, "key --window %lu alt+Right", f->xid);
  assert_place (f->talk, "foyer", "2023-11-20T10:00", 30);
  xdo (f, "key --window %lu alt+Left alt+Left", f->xid);
  assert_place (f->talk, "themenraum-2", "2023-11-20T10:00", 30);
  xdo (f, "key --window %lu alt+shift+Down", f->xid);
  assert_place (f->talk, "themenraum-2", "2023-11-20T10:00", 35);
  xdo (f, "key --window %lu alt+shift+Up alt+shift+Up", f->xid);
  assert_place (f->talk, "themenraum-2", "2023-11-20T10:00", 25);
  /* The card that moved kept the focus all along */
  g_assert_true (gtk_widget_has_focus (card (f, f->talk)));
  screenshot ("keyboard");

  /* Undo takes back one key press at a time */
  xdo (f, "key --window %lu ctrl+z", f->xid);
  assert_place (f->talk, "themenraum-2", "2023-11-20T10:00", 30);

  xdo (f, "key --window %lu Delete", f->xid);
  g_assert_false (podium_session_is_scheduled (f->talk));
  g_assert_cmpstr (f->last_toast, ==, "Unscheduled “Neuer Vortrag”");

  /* Tab and arrows move between cards */
  widget = card (f, greeting);
  window_point (f, widget, 30, 6, &x, &y);
  xdo (f, "mousemove --window %lu %d %d click 1", f->xid, x, y);
  g_assert_true (gtk_widget_has_focus (widget));
  xdo (f, "key --window %lu Tab", f->xid);
  {
    GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));

    g_assert_true (PODIUM_IS_SESSION_CARD (focus));
    g_assert_true (focus != widget);
  }
  xdo (f, "key --window %lu Down", f->xid);
  g_assert_true (PODIUM_IS_SESSION_CARD (gtk_root_get_focus (GTK_ROOT (f->window))));

  name = podium_session_card_describe (greeting);
  g_assert_cmpstr (name, ==, "Begrüßung und Eröffnung, Plenarsaal, 10:00 to 10:10");
}

static void
test_room_reorder (Fixture       *f,
                   gconstpointer  data)
{
  GtkWidget *foyer = find_widget (GTK_WIDGET (f->grid), is_room_header, room (f, "foyer"));
  GtkWidget *plenary = find_widget (GTK_WIDGET (f->grid), is_room_header, room (f, "plenarsaal"));
  g_autoptr(PodiumRoom) first = NULL;
  int x0, y0, x1, y1;

  g_assert_nonnull (foyer);
  g_assert_nonnull (plenary);
  window_point (f, foyer, 30, 20, &x0, &y0);
  window_point (f, plenary, 10, 20, &x1, &y1);
  drag (f, x0, y0, x1, y1, "room-reorder");
  first = g_list_model_get_item (podium_document_get_rooms (f->document), 0);
  g_assert_cmpstr (podium_object_get_id (PODIUM_OBJECT (first)), ==, "foyer");
  g_assert_cmpstr (f->last_toast, ==, "Moved room “Foyer”");
  screenshot ("rooms-reordered");

  podium_document_undo (f->document);
  podium_test_spin (200);
  g_clear_object (&first);
  first = g_list_model_get_item (podium_document_get_rooms (f->document), 0);
  g_assert_cmpstr (podium_object_get_id (PODIUM_OBJECT (first)), ==, "plenarsaal");
}


/* Presses at (x0, y0), moves to (x1, y1), presses Escape and only then releases; the drag
 * of @card (if any) has ended at the key press
 */
static void
drag_and_escape (Fixture    *f,
                 GtkWidget  *card,
                 int         x0,
                 int         y0,
                 int         x1,
                 int         y1,
                 const char *shot)
{
  xdo (f, "mousemove --window %lu %d %d sleep 0.1 mousedown 1 sleep 0.1"
          " mousemove --window %lu %d %d sleep 0.1 mousemove --window %lu %d %d sleep 0.1"
          " mousemove --window %lu %d %d sleep 0.3",
       f->xid, x0, y0, f->xid, x0 + 2, y0 + 12, f->xid, (x0 + x1) / 2, (y0 + y1) / 2,
       f->xid, x1, y1);
  screenshot (shot);
  /* Without --window: a real key press (XTEST), which meets the drag's key grab */
  xdo (f, "key Escape");
  podium_test_spin (300);
  if (card)
    g_assert_false (gtk_widget_has_css_class (card, "dragging"));
  xdo (f, "mouseup 1");
  podium_test_spin (300);
}

/* Escape while dragging: nothing changes, whatever is being dragged */
static void
test_escape_cancels (Fixture       *f,
                     gconstpointer  data)
{
  PodiumSession *greeting = podium_document_lookup (f->document, PODIUM_TYPE_SESSION, "greeting-wosche");
  GtkWidget *foyer = find_widget (GTK_WIDGET (f->grid), is_room_header, room (f, "foyer"));
  GtkWidget *plenary = find_widget (GTK_WIDGET (f->grid), is_room_header, room (f, "plenarsaal"));
  g_autoptr(PodiumRoom) first = NULL;
  GtkWidget *widget;
  graphene_rect_t bounds;
  int x0, y0, x1, y1;

  /* Tray → grid: the drag ends at the key press, not at the release */
  widget = card (f, f->talk);
  window_point (f, widget, 40, 15, &x0, &y0);
  grid_target (f, "themenraum-2", "2023-11-20T10:00", 5, &x1, &y1);
  drag_and_escape (f, widget, x0, y0, x1, y1, "escape-from-tray");
  g_assert_false (podium_session_is_scheduled (f->talk));

  /* Grid → grid */
  widget = card (f, greeting);
  window_point (f, widget, 30, 6, &x0, &y0);
  grid_target (f, "themenraum-3", "2023-11-20T09:30", 6, &x1, &y1);
  drag_and_escape (f, widget, x0, y0, x1, y1, "escape-move");
  assert_place (greeting, "plenarsaal", "2023-11-20T10:00", 10);

  /* The lower edge (the grid's own gesture, so the key goes to the focused card) */
  g_assert_true (gtk_widget_compute_bounds (widget, widget, &bounds));
  window_point (f, widget, bounds.origin.x + bounds.size.width / 2,
                bounds.origin.y + bounds.size.height - 3, &x0, &y0);
  xdo (f, "mousemove --window %lu %d %d sleep 0.1 mousedown 1 sleep 0.1"
          " mousemove --window %lu %d %d sleep 0.1 mousemove --window %lu %d %d sleep 0.3",
       f->xid, x0, y0, f->xid, x0, y0 + 20, f->xid, x0, y0 + 60);
  g_assert_true (gtk_widget_has_css_class (widget, "resizing"));
  screenshot ("escape-resize");
  xdo (f, "key Escape");
  g_assert_false (gtk_widget_has_css_class (widget, "resizing"));
  xdo (f, "mouseup 1");
  podium_test_spin (300);
  assert_place (greeting, "plenarsaal", "2023-11-20T10:00", 10);

  /* A room header */
  window_point (f, foyer, 30, 20, &x0, &y0);
  window_point (f, plenary, 10, 20, &x1, &y1);
  drag_and_escape (f, NULL, x0, y0, x1, y1, "escape-room");
  first = g_list_model_get_item (podium_document_get_rooms (f->document), 0);
  g_assert_cmpstr (podium_object_get_id (PODIUM_OBJECT (first)), ==, "plenarsaal");

  g_assert_false (podium_document_can_undo (f->document));
  g_assert_cmpint (f->n_toasts, ==, 0);
}

/* The acceptance test of the grid: the seed event, taken out of the schedule, is put back
 * together by dragging each card from the tray to its place (scrolling with the wheel when
 * the place is out of view), and ends up exactly as planned.
 */
static gboolean
point_in_view (Fixture    *f,
               const char *room_id,
               const char *start,
               int        *direction)
{
  GtkWidget *header = find_widget (GTK_WIDGET (f->grid), is_room_header, room (f, "plenarsaal"));
  graphene_point_t point;
  graphene_rect_t bounds;
  PodiumRoom *target = room_id ? room (f, room_id) : room (f, "plenarsaal");

  g_assert_true (gtk_widget_compute_bounds (header, GTK_WIDGET (f->grid), &bounds));
  g_assert_true (podium_schedule_grid_get_point (f->grid, target, at (start), &point));
  *direction = point.y < bounds.origin.y + bounds.size.height ? -1 :
               point.y > gtk_widget_get_height (GTK_WIDGET (f->grid)) - 40 ? 1 : 0;
  return *direction == 0;
}

/* The tray card of @session, scrolling the tray with the wheel until it shows whole */
static GtkWidget *
tray_card (Fixture       *f,
           PodiumSession *session)
{
  GtkWidget *list = find_widget (GTK_WIDGET (f->view), is_list_view, NULL);

  for (int turns = 0; turns < 30; turns++)
    {
      GtkWidget *found = find_widget (list, is_card_of, session);
      graphene_rect_t bounds;
      int x, y;

      if (found && gtk_widget_compute_bounds (found, list, &bounds) &&
          bounds.origin.y >= 0 && bounds.origin.y + bounds.size.height <= gtk_widget_get_height (list))
        return found;
      /* Tray cards come in plan order, and the test schedules in that order: up */
      window_point (f, list, gtk_widget_get_width (list) / 2, 40, &x, &y);
      xdo (f, "mousemove --window %lu %d %d click 4", f->xid, x, y);
    }
  g_assert_not_reached ();
}

static void
test_schedule_seed_by_dragging (Fixture       *f,
                                gconstpointer  data)
{
  GListModel *sessions = podium_document_get_sessions (f->document);
  g_autoptr(GPtrArray) planned = g_ptr_array_new_with_free_func (g_free);
  guint n = g_list_model_get_n_items (sessions);
  guint n_planned = 0;
  gint64 t0;

  /* Take everything out (one step), remembering the plan */
  podium_document_begin (f->document, "Unschedule all");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PodiumSession) session = g_list_model_get_item (sessions, i);
      PodiumRoom *place = podium_session_get_room (session);
      g_autofree char *start = NULL;

      if (!podium_session_is_scheduled (session))
        {
          g_ptr_array_add (planned, NULL);
          continue;
        }
      start = podium_time_format (podium_session_get_start (session));
      n_planned++;
      g_ptr_array_add (planned, g_strdup_printf ("%s|%s|%d",
                                                 place ? podium_object_get_id (PODIUM_OBJECT (place)) : "",
                                                 start, podium_session_get_duration (session)));
      podium_document_unschedule (f->document, session);
    }
  podium_document_end (f->document);
  podium_document_clear_history (f->document);
  podium_test_spin (300);
  screenshot ("seed-unscheduled");

  t0 = g_get_monotonic_time ();
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PodiumSession) session = g_list_model_get_item (sessions, i);
      g_auto(GStrv) plan = NULL;
      const char *room_id;
      GtkWidget *widget;
      int x0, y0, x1, y1, direction;

      if (g_ptr_array_index (planned, i) == NULL)
        continue;
      plan = g_strsplit (g_ptr_array_index (planned, i), "|", 3);
      room_id = *plan[0] ? plan[0] : NULL;

      /* Scroll the wheel over the grid until the place is in view */
      for (int turns = 0; !point_in_view (f, room_id, plan[1], &direction) && turns < 40; turns++)
        {
          int gx, gy;

          window_point (f, GTK_WIDGET (f->grid), gtk_widget_get_width (GTK_WIDGET (f->grid)) / 2,
                        gtk_widget_get_height (GTK_WIDGET (f->grid)) / 2, &gx, &gy);
          xdo (f, "mousemove --window %lu %d %d click %d", f->xid, gx, gy, direction < 0 ? 4 : 5);
        }
      g_assert_true (point_in_view (f, room_id, plan[1], &direction));

      widget = tray_card (f, session);
      g_assert_false (gtk_widget_is_ancestor (widget, GTK_WIDGET (f->grid)));
      /* Held 30 pixels below its top, which is more than a 5-minute session's height: such
       * a card lands with its lower edge at the pointer
       */
      window_point (f, widget, 40, 30, &x0, &y0);
      {
        graphene_point_t a, b;
        PodiumRoom *column = room (f, room_id ? room_id : "themenraum-2");

        podium_schedule_grid_get_point (f->grid, column, at ("2023-11-20T10:00"), &a);
        podium_schedule_grid_get_point (f->grid, column, at ("2023-11-20T11:00"), &b);
        grid_target (f, room_id ? room_id : "themenraum-2", plan[1],
                     (int) MIN (30, (b.y - a.y) / 60 * atoi (plan[2])) + 1, &x1, &y1);
      }
      drag (f, x0, y0, x1, y1, NULL);

      g_assert_true (podium_session_is_scheduled (session));
      {
        g_autofree char *text = podium_time_format (podium_session_get_start (session));
        PodiumRoom *place = podium_session_get_room (session);

        g_assert_cmpstr (text, ==, plan[1]);
        g_assert_cmpstr (place ? podium_object_get_id (PODIUM_OBJECT (place)) : NULL, ==, room_id);
        g_assert_cmpint (podium_session_get_duration (session), ==, atoi (plan[2]));
      }
    }
  g_test_message ("scheduled %u sessions by dragging in %.0f s (xdotool's pauses included)",
                  n_planned, (g_get_monotonic_time () - t0) / 1e6);
  screenshot ("seed-scheduled");

  /* Every drop was one undo step */
  for (guint i = 0; i < n; i++)
    if (g_ptr_array_index (planned, i) != NULL)
      {
        g_assert_true (podium_document_can_undo (f->document));
        podium_document_undo (f->document);
      }
  g_assert_false (podium_document_can_undo (f->document));
}

/* Holding a dragged card near the lower edge scrolls the grid */
static void
test_autoscroll (Fixture       *f,
                        gconstpointer  data)
{
  PodiumSession *greeting = podium_document_lookup (f->document, PODIUM_TYPE_SESSION, "greeting-wosche");
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (f->grid));
  GtkWidget *widget = card (f, greeting);
  int x0, y0, x1, y1;

  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), ==, 0);
  window_point (f, widget, 30, 6, &x0, &y0);
  window_point (f, GTK_WIDGET (f->grid), gtk_widget_get_width (GTK_WIDGET (f->grid)) / 2,
                gtk_widget_get_height (GTK_WIDGET (f->grid)) - 30, &x1, &y1);
  xdo (f, "mousemove --window %lu %d %d sleep 0.1 mousedown 1 sleep 0.1"
          " mousemove --window %lu %d %d sleep 0.1 mousemove --window %lu %d %d sleep 0.1"
          " mousemove --window %lu %d %d sleep 0.8",
       f->xid, x0, y0, f->xid, x0 + 2, y0 + 20, f->xid, x1, y1 - 20, f->xid, x1, y1);
  /* The button is still held at the edge: the grid goes on scrolling. A slow (sanitized)
   * build can take the last moves before its drag has started and then waits for the
   * next one, so the pointer stays near the edge the way a hand does: not quite still.
   */
  for (int i = 0; i < 10 && gtk_adjustment_get_value (vadjustment) <= 50; i++)
    xdo (f, "mousemove --window %lu %d %d sleep 0.4", f->xid, x1 + (i % 2 ? 1 : -1), y1);
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), >, 50);
  screenshot ("autoscroll");
  xdo (f, "mouseup 1");
  podium_test_spin (300);

  /* It lands in the part that scrolled into view, as one undo step */
  g_assert_cmpint (podium_session_get_start (greeting), >, at ("2023-11-20T13:30"));
  g_assert_true (podium_session_is_scheduled (greeting));
  g_assert_cmpint (f->n_toasts, ==, 1);
  podium_document_undo (f->document);
  assert_place (greeting, "plenarsaal", "2023-11-20T10:00", 10);
  g_assert_false (podium_document_can_undo (f->document));
}

/* A session on top of another in the same room gets a badge; moving it away clears it */
static void
test_conflict_badge (Fixture       *f,
                     gconstpointer  data)
{
  GtkWidget *widget;

  podium_document_schedule (f->document, f->talk, room (f, "themenraum-1"), at ("2023-11-20T11:15"), 30);
  podium_test_spin (300);
  widget = card (f, f->talk);
  g_assert_true (gtk_widget_has_css_class (widget, "conflict"));
  screenshot ("conflict-badge");

  podium_document_move (f->document, f->talk, room (f, "themenraum-1"), at ("2023-11-20T09:30"));
  podium_test_spin (300);
  g_assert_false (gtk_widget_has_css_class (card (f, f->talk), "conflict"));
}

/* Cards exist for the day shown only, and the day switcher swaps them */
static gboolean
is_next_day_button (GtkWidget *widget,
                    gpointer   data)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), "go-next-symbolic") == 0;
}

/* Cards on screen (not the peek, which shows one of them again); the grid keeps a few
 * more hidden for reuse */
static void
count_cards (GtkWidget *widget,
             guint     *n)
{
  if (PODIUM_IS_SESSION_CARD (widget) && !is_peek (widget, NULL) && gtk_widget_get_mapped (widget))
    (*n)++;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child;
       child = gtk_widget_get_next_sibling (child))
    count_cards (child, n);
}

/* Card widgets, shown or kept for reuse */
static void
count_widgets (GtkWidget *widget,
               guint     *n)
{
  if (PODIUM_IS_SESSION_CARD (widget) && !is_peek (widget, NULL))
    (*n)++;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child;
       child = gtk_widget_get_next_sibling (child))
    count_widgets (child, n);
}

static void
test_shown_day_only (Fixture       *f,
                     gconstpointer  data)
{
  PodiumConference *conference = podium_document_get_conference (f->document);
  int first = podium_conference_get_start_date (conference);
  GtkWidget *next;
  guint n = 0, made;
  int x, y;

  podium_document_edit (f->document, conference, "end-date", first + 1, NULL);
  for (int i = 0; i < 3; i++)
    {
      g_autoptr(PodiumSession) session = podium_session_new ();

      g_object_set (session, "title", "Second day", "duration", 30, NULL);
      podium_document_add (f->document, session);
      podium_document_schedule (f->document, session, room (f, "plenarsaal"),
                                podium_time_from_date (first + 1, 9 * 60 + 30 * i), 30);
    }
  podium_test_spin (300);

  /* The seed event's twelve sessions, not the second day's three */
  count_cards (GTK_WIDGET (f->grid), &n);
  g_assert_cmpuint (n, ==, 12);

  next = find_widget (GTK_WIDGET (f->view), is_next_day_button, NULL);
  g_assert_nonnull (next);
  window_point (f, next, gtk_widget_get_width (next) / 2, gtk_widget_get_height (next) / 2, &x, &y);
  xdo (f, "mousemove --window %lu %d %d click 1", f->xid, x, y);
  podium_test_spin (300);
  g_assert_cmpint (podium_schedule_grid_get_date (f->grid), ==, first + 1);
  n = 0;
  count_cards (GTK_WIDGET (f->grid), &n);
  g_assert_cmpuint (n, ==, 3);
  screenshot ("second-day");

  /* Back on the first day, its cards are the widgets of before (or of those made ahead,
   * while there was no plan): none is made again */
  n = 0;
  count_widgets (GTK_WIDGET (f->grid), &n);
  made = n;
  g_assert_cmpuint (made, >=, 12);
  podium_schedule_grid_set_date (f->grid, first);
  podium_test_spin (300);
  n = 0;
  count_widgets (GTK_WIDGET (f->grid), &n);
  g_assert_cmpuint (n, ==, made);
  n = 0;
  count_cards (GTK_WIDGET (f->grid), &n);
  g_assert_cmpuint (n, ==, 12);
}

/* One edit lays out again the card it touched, not the others */
static void
test_edit_relayouts_one (Fixture       *f,
                         gconstpointer  data)
{
  PodiumSession *greeting = podium_document_lookup (f->document, PODIUM_TYPE_SESSION, "greeting-wosche");
  g_autoptr(GPtrArray) cards = g_ptr_array_new ();
  g_autoptr(GArray) before = g_array_new (FALSE, FALSE, sizeof (guint));
  GListModel *sessions = podium_document_get_sessions (f->document);
  guint changed = 0;

  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(PodiumSession) session = g_list_model_get_item (sessions, i);
      GtkWidget *widget = podium_schedule_grid_get_card (f->grid, session);
      guint n;

      if (widget == NULL || !gtk_widget_get_mapped (widget))
        continue;
      n = podium_session_card_get_allocations (PODIUM_SESSION_CARD (widget));
      g_ptr_array_add (cards, widget);
      g_array_append_val (before, n);
    }
  g_assert_cmpuint (cards->len, ==, 12);

  podium_document_edit (f->document, greeting, "title", "Begrüßung durch die Ministerin", NULL);
  podium_test_spin (300);

  for (guint i = 0; i < cards->len; i++)
    {
      PodiumSessionCard *card = g_ptr_array_index (cards, i);

      if (podium_session_card_get_allocations (card) == g_array_index (before, guint, i))
        continue;
      g_assert_true (podium_session_card_get_session (card) == greeting);
      changed++;
    }
  g_assert_cmpuint (changed, ==, 1);
}

/* A day running 18:00–02:00 keeps its small hours; overlapping sessions share the room's
 * width: A 23:30–00:30, B 00:00–01:00 and C 00:30–01:30 in two lanes, A and C in the left */
static void
test_overnight_lanes (Fixture       *f,
                      gconstpointer  data)
{
  PodiumConference *conference = podium_document_get_conference (f->document);
  int first = podium_conference_get_start_date (conference);
  const char *titles[] = { "A", "B", "C" };
  PodiumSession *sessions[3];
  graphene_rect_t bounds[3];

  podium_document_edit (f->document, conference, "day-start", 18 * 60, "day-end", 2 * 60, NULL);
  for (int i = 0; i < 3; i++)
    {
      g_autoptr(PodiumSession) session = podium_session_new ();

      g_object_set (session, "title", titles[i], "duration", 60, NULL);
      podium_document_add (f->document, session);
      podium_document_schedule (f->document, session, room (f, "plenarsaal"),
                                podium_time_from_date (first, 23 * 60 + 30 + 30 * i), 60);
      sessions[i] = session;
    }
  podium_test_spin (300);
  g_assert_cmpint (podium_schedule_grid_get_date (f->grid), ==, first);
  /* Only cards near the view are laid out: bring the night into it */
  podium_schedule_grid_select (f->grid, sessions[1], TRUE);
  podium_test_spin (300);

  for (int i = 0; i < 3; i++)
    {
      GtkWidget *card = podium_schedule_grid_get_card (f->grid, sessions[i]);

      g_assert_nonnull (card);   /* B and C start on the next date, but on this day */
      g_assert_true (gtk_widget_compute_bounds (card, GTK_WIDGET (f->grid), &bounds[i]));
    }
  for (int i = 0; i < 3; i++)
    g_test_message ("%s at %g,%g, %g×%g", titles[i], bounds[i].origin.x, bounds[i].origin.y,
                    bounds[i].size.width, bounds[i].size.height);
  g_assert_cmpfloat (bounds[0].origin.x, ==, bounds[2].origin.x);
  g_assert_cmpfloat (bounds[1].origin.x, >, bounds[0].origin.x + bounds[0].size.width - 1);
  g_assert_cmpfloat (bounds[0].origin.y, <, bounds[1].origin.y);
  g_assert_cmpfloat (bounds[1].origin.y, <, bounds[2].origin.y);

  /* Two lanes side by side, of one width, B right after A */
  g_assert_cmpfloat (ABS (bounds[0].size.width - bounds[1].size.width), <, 2);
  g_assert_cmpfloat (bounds[1].origin.x - (bounds[0].origin.x + bounds[0].size.width), <, 8);
  screenshot ("overnight-lanes");
}

/* In a window too narrow for all rooms, Alt+Right and Alt+Left scroll by whole columns and
 * come back to the start: the view is not left a few pixels sideways */
static void
test_keyboard_sideways (Fixture       *f,
                        gconstpointer  data)
{
  GtkAdjustment *hadjustment = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (f->grid));
  graphene_point_t a, b;
  GtkWidget *widget;
  double column;
  int x, y;

  gtk_window_set_default_size (GTK_WINDOW (f->window), 900, 820);
  podium_test_spin (500);
  g_assert_cmpfloat (gtk_adjustment_get_upper (hadjustment), >, gtk_adjustment_get_page_size (hadjustment));
  podium_schedule_grid_get_point (f->grid, room (f, "plenarsaal"), at ("2023-11-20T09:30"), &a);
  podium_schedule_grid_get_point (f->grid, room (f, "themenraum-1"), at ("2023-11-20T09:30"), &b);
  column = b.x - a.x;

  podium_document_schedule (f->document, f->talk, room (f, "plenarsaal"), at ("2023-11-20T09:30"), 25);
  podium_test_spin (300);
  widget = card (f, f->talk);
  window_point (f, widget, 30, 10, &x, &y);
  xdo (f, "mousemove --window %lu %d %d click 1", f->xid, x, y);
  g_assert_true (gtk_widget_has_focus (widget));

  for (int i = 0; i < 4; i++)
    {
      double h, page = gtk_adjustment_get_page_size (hadjustment);
      double right = gtk_adjustment_get_upper (hadjustment) - page;

      xdo (f, "key --window %lu alt+Right", f->xid);
      podium_test_spin (200);
      h = gtk_adjustment_get_value (hadjustment);
      g_test_message ("after alt+Right %d: scrolled %g of %g (columns of %g)", i + 1, h, right, column);
      /* A column's edge at the view's left or right edge, not a few pixels off */
      g_assert_true (ABS (h - column * (int) (h / column + 0.5)) < 1 ||
                     ABS (h + page - column * (int) ((h + page) / column + 0.5)) < 1 ||
                     ABS (h - right) < 1);
    }
  assert_place (f->talk, "foyer", "2023-11-20T09:30", 25);
  screenshot ("sideways");
  for (int i = 0; i < 4; i++)
    xdo (f, "key --window %lu alt+Left", f->xid);
  podium_test_spin (200);
  assert_place (f->talk, "plenarsaal", "2023-11-20T09:30", 25);
  g_assert_cmpfloat (gtk_adjustment_get_value (hadjustment), ==, 0);
}

/* Pressing a card a little above its lower edge, near the bottom of the view, and
 * dragging down resizes it: the session keeps its start and the view does not scroll
 * (the grab zone was 7 px, and a press 1 px above it moved the session away) */
static void
test_resize_near_edge (Fixture       *f,
                       gconstpointer  data)
{
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (f->grid));
  int height = gtk_widget_get_height (GTK_WIDGET (f->grid));
  gint64 start = at ("2023-11-20T09:00");
  graphene_point_t point;
  graphene_rect_t bounds;
  GtkWidget *widget;
  int x0, y0;

  /* The latest start whose 30 minutes end within 40 px of the view's bottom */
  for (gint64 t = start; ; t += 5)
    {
      g_assert_true (podium_schedule_grid_get_point (f->grid, room (f, "themenraum-1"), t + 30, &point));
      if (point.y > height - 40)
        break;
      start = t;
    }
  podium_document_schedule (f->document, f->talk, room (f, "themenraum-1"), start, 30);
  podium_document_clear_history (f->document);
  podium_test_spin (300);
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), ==, 0);

  widget = card (f, f->talk);
  g_assert_true (gtk_widget_compute_bounds (widget, widget, &bounds));
  window_point (f, widget, bounds.origin.x + bounds.size.width / 2,
                bounds.origin.y + bounds.size.height - 8, &x0, &y0);
  xdo (f, "mousemove --window %lu %d %d sleep 0.1 mousedown 1 sleep 0.1"
          " mousemove --window %lu %d %d sleep 0.1 mousemove --window %lu %d %d sleep 0.1"
          " mousemove --window %lu %d %d sleep 0.8",
       f->xid, x0, y0, f->xid, x0, y0 + 6, f->xid, x0, y0 + 14, f->xid, x0, y0 + 24);
  screenshot ("resize-near-edge");
  xdo (f, "mouseup 1");
  podium_test_spin (300);

  g_assert_cmpint (podium_session_get_start (f->talk), ==, start);
  g_assert_true (podium_session_get_room (f->talk) == room (f, "themenraum-1"));
  g_assert_cmpint (podium_session_get_duration (f->talk), >, 30);
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), ==, 0);
}

static GtkWidget *
title_label (GtkWidget *card)
{
  for (GtkWidget *child = gtk_widget_get_first_child (card); child; child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_has_css_class (child, "title"))
      return child;
  g_assert_not_reached ();
}

/* How many characters of its text @label's one line shows: the longest start that fits
 * its width with an ellipsis after it, in the label's own font */
static int
shown_characters (GtkWidget *label)
{
  const char *text = gtk_label_get_text (GTK_LABEL (label));
  int n = (int) g_utf8_strlen (text, -1);

  for (int i = n; i > 0; i--)
    {
      g_autofree char *start = g_utf8_substring (text, 0, i);
      g_autofree char *shown = i < n ? g_strconcat (start, "…", NULL) : g_strdup (start);
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (label, shown);
      int width;

      pango_layout_get_pixel_size (layout, &width, NULL);
      if (width <= gtk_widget_get_width (label))
        return i;
    }
  return 0;
}

/* The card under the window point (@x, @y), for what a click or a drop would reach */
static PodiumSession *
session_at (Fixture *f,
            int      x,
            int      y)
{
  double sx = 0, sy = 0;
  GtkWidget *picked, *card;

  gtk_native_get_surface_transform (GTK_NATIVE (f->window), &sx, &sy);
  picked = gtk_widget_pick (f->window, x - sx, y - sy, GTK_PICK_DEFAULT);
  card = picked ? gtk_widget_get_ancestor (picked, PODIUM_TYPE_SESSION_CARD) : NULL;
  return card ? podium_session_card_get_session (PODIUM_SESSION_CARD (card)) : NULL;
}

/* The peek shows @session's whole title, inside the grid, and nothing takes the pointer */
static void
assert_peek (Fixture       *f,
             PodiumSession *session)
{
  GtkWidget *peek = find_widget (GTK_WIDGET (f->grid), is_peek, NULL);
  GtkWidget *label;
  graphene_rect_t bounds, label_bounds;
  int natural;

  g_assert_nonnull (peek);
  g_assert_true (gtk_widget_get_mapped (peek) && gtk_widget_get_child_visible (peek));
  g_assert_true (podium_session_card_get_session (PODIUM_SESSION_CARD (peek)) == session);
  label = title_label (peek);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, podium_session_get_title (session));
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label))));
  gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (label),
                      NULL, &natural, NULL, NULL);
  g_assert_cmpint (gtk_widget_get_height (label), >=, natural);
  g_assert_true (gtk_widget_compute_bounds (peek, GTK_WIDGET (f->grid), &bounds));
  g_assert_true (gtk_widget_compute_bounds (label, peek, &label_bounds));
  g_assert_cmpfloat (label_bounds.origin.y + label_bounds.size.height, <=, bounds.size.height);
  g_assert_cmpfloat (bounds.origin.y, >=, 0);
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (GTK_WIDGET (f->grid)));
  g_assert_false (gtk_widget_get_can_target (peek));
}

/* A five-minute video message shows a line of its title at the default zoom, not
 * "10:20 · Videobotschaft …": a column's width of it, so the three in a row differ. Under
 * the pointer or with the focus its whole text shows above it, while the next card and the
 * drop target still get the pointer; not while it is dragged. A one-minute session at the
 * coarsest zoom lays out without a GTK warning.
 */
static void
test_short_cards (Fixture       *f,
                  gconstpointer  data)
{
  PodiumSession *video = podium_document_lookup (f->document, PODIUM_TYPE_SESSION, "video-schneider");
  PodiumSession *next = podium_document_lookup (f->document, PODIUM_TYPE_SESSION, "video-dulig");
  GtkWidget *widget, *next_widget, *title, *peek;
  graphene_rect_t bounds;
  int x, y, nx, ny;

  g_assert_cmpint (podium_schedule_grid_get_zoom (f->grid), ==, 15);
  widget = card (f, video);
  g_assert_true (gtk_widget_has_css_class (widget, "compact"));
  g_assert_cmpint (gtk_widget_get_height (widget), <, 20);
  title = title_label (widget);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (title)), ==, podium_session_get_title (video));
  g_assert_true (gtk_widget_get_child_visible (title));
  g_test_message ("the 5-minute card shows %d characters of its title", shown_characters (title));
  g_assert_cmpint (shown_characters (title), >=, 20);
  /* Its line is inside the card */
  g_assert_true (gtk_widget_compute_bounds (title, widget, &bounds));
  g_assert_cmpfloat (bounds.size.height, >=, 10);
  g_assert_cmpfloat (bounds.size.height, <=, gtk_widget_get_height (widget) + 1);
  peek = find_widget (GTK_WIDGET (f->grid), is_peek, NULL);
  g_assert_true (peek == NULL || !gtk_widget_get_child_visible (peek));

  /* Hovered */
  window_point (f, widget, gtk_widget_get_width (widget) / 2.0, gtk_widget_get_height (widget) / 2.0, &x, &y);
  xdo (f, "mousemove --window %lu %d %d sleep 0.3", f->xid, x, y);
  podium_test_spin (200);
  assert_peek (f, video);
  screenshot ("short-card-peek");
  next_widget = card (f, next);
  window_point (f, next_widget, 40, gtk_widget_get_height (next_widget) / 2.0, &nx, &ny);
  g_assert_true (session_at (f, nx, ny) == next);
  g_assert_true (session_at (f, x, y) == video);

  /* The next one under the pointer, then dragged: no peek over where it goes */
  xdo (f, "mousemove --window %lu %d %d sleep 0.3", f->xid, nx, ny);
  podium_test_spin (200);
  assert_peek (f, next);
  grid_target (f, "themenraum-2", "2023-11-20T10:00", 5, &x, &y);
  xdo (f, "mousedown 1 sleep 0.1 mousemove --window %lu %d %d sleep 0.1"
          " mousemove --window %lu %d %d sleep 0.3",
       f->xid, nx + 2, ny + 12, f->xid, x, y);
  g_assert_true (gtk_widget_has_css_class (next_widget, "dragging"));
  peek = find_widget (GTK_WIDGET (f->grid), is_peek, NULL);
  g_assert_false (gtk_widget_get_child_visible (peek));
  xdo (f, "key Escape");
  xdo (f, "mouseup 1");
  podium_test_spin (300);
  assert_place (next, "plenarsaal", "2023-11-20T10:25", 5);

  /* Focused from the keyboard (the pointer away) */
  xdo (f, "mousemove --window %lu 5 5 sleep 0.2", f->xid);
  gtk_widget_grab_focus (widget);
  podium_test_spin (200);
  assert_peek (f, video);
  screenshot ("short-cards");

  podium_document_schedule (f->document, f->talk, room (f, "themenraum-1"), at ("2023-11-20T09:30"), 1);
  podium_schedule_grid_set_zoom (f->grid, 30);
  podium_test_spin (300);
  g_assert_true (gtk_widget_get_mapped (card (f, f->talk)));
  screenshot ("one-minute");
}

/* A session with a time and no room is not "Not scheduled" to a screen reader */
static void
test_time_without_room (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *name = NULL;

  g_object_set (f->talk, "start", at ("2023-11-20T10:00"), NULL);
  name = podium_session_card_describe (f->talk);
  g_assert_cmpstr (name, ==, "Neuer Vortrag, 10:00, no room");
}

static void
on_document_changed_cb (PodiumDocument  *document,
                        PodiumChangeSet *changes,
                        guint           *n_steps)
{
  (*n_steps)++;
}

/* A step about participants, versions or sign-offs leaves the grid as it is: the view does
 * not make it re-read the document. Moving a session does, and its card follows.
 */
static void
test_skips_other_steps (Fixture       *f,
                        gconstpointer  data)
{
  PodiumSession *arrival = podium_document_lookup (f->document, PODIUM_TYPE_SESSION, "arrival");
  PodiumOrganization *zefas = podium_document_lookup (f->document, PODIUM_TYPE_ORGANIZATION,
                                                      "zefas");
  g_autoptr(PodiumParticipant) participant = podium_participant_new ();
  PodiumVersion *version;
  PodiumApproval *approval;
  graphene_point_t point;
  graphene_rect_t bounds;
  guint syncs, n_steps = 0;

  g_signal_connect (f->document, "changed", G_CALLBACK (on_document_changed_cb), &n_steps);
  podium_test_spin (200);
  syncs = podium_schedule_grid_get_syncs (f->grid);

  g_object_set (participant, "name", "Erika Mustermann", "organization", zefas, NULL);
  podium_document_add (f->document, participant);
  podium_test_spin (200);
  podium_document_edit (f->document, participant, "email", "erika@example.org", NULL);
  podium_test_spin (200);
  version = podium_document_publish_version (f->document, "v2", NULL, "Anna Schmidt",
                                             at ("2023-11-01T14:00"));
  podium_test_spin (200);
  approval = podium_document_add_approval (f->document, version, zefas, "Kai Müller",
                                           at ("2023-11-02T10:00"), NULL);
  podium_test_spin (200);
  podium_document_remove_approval (f->document, version, approval);
  podium_test_spin (200);
  podium_document_undo (f->document);
  podium_test_spin (200);
  g_assert_cmpuint (n_steps, ==, 6);
  g_assert_cmpuint (podium_schedule_grid_get_syncs (f->grid), ==, syncs);

  podium_document_move (f->document, arrival, room (f, "themenraum-2"), at ("2023-11-20T12:30"));
  podium_test_spin (300);
  g_assert_cmpuint (n_steps, ==, 7);
  g_assert_cmpuint (podium_schedule_grid_get_syncs (f->grid), ==, syncs + 1);
  g_assert_true (podium_schedule_grid_get_point (f->grid, room (f, "themenraum-2"),
                                                 at ("2023-11-20T12:30"), &point));
  g_assert_true (gtk_widget_compute_bounds (card (f, arrival), GTK_WIDGET (f->grid), &bounds));
  g_assert_true (graphene_rect_contains_point (&bounds,
                                               &GRAPHENE_POINT_INIT (point.x + 10, point.y + 5)));

  g_signal_handlers_disconnect_by_func (f->document, on_document_changed_cb, &n_steps);
}

static void
skip_test (void)
{
  g_test_skip ("needs an X display (xvfb-run) and xdotool");
}

static int
show_window (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(PodiumDocument) document = podium_json_read_file (file, &error);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  GtkWidget *window, *view;

  if (document == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  window = gtk_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), "Schedule");
  gtk_window_set_default_size (GTK_WINDOW (window), 1300, 820);
  view = podium_schedule_view_new ();
  podium_schedule_view_set_document (PODIUM_SCHEDULE_VIEW (view), document);
  gtk_window_set_child (GTK_WINDOW (window), view);
  g_signal_connect_swapped (window, "destroy", G_CALLBACK (g_main_loop_quit), loop);
  gtk_window_present (GTK_WINDOW (window));
  g_main_loop_run (loop);
  return 0;
}

#define add_test(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int    argc,
      char **argv)
{
  g_autofree char *xdotool = NULL;
  gboolean can_run;

  /* --show FILE: open the view on FILE, to look at it (run-ui) */
  if (argc == 3 && g_str_equal (argv[1], "--show"))
    {
      adw_init ();
      return show_window (argv[2]);
    }

  g_test_init (&argc, &argv, NULL);

  xdotool = g_find_program_in_path ("xdotool");
  can_run = g_getenv ("DISPLAY") != NULL && xdotool != NULL;
  if (can_run)
    {
      gdk_set_allowed_backends ("x11");
      g_setenv ("GSK_RENDERER", "cairo", FALSE);
      can_run = gtk_init_check ();
    }
  if (!can_run)
    {
      g_test_add_func ("/schedule-view/skipped", skip_test);
      return g_test_run ();
    }
  adw_init ();

  output_dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR") ? g_getenv ("G_TEST_BUILDDIR") : ".",
                                 "schedule-view", NULL);
  g_mkdir_with_parents (output_dir, 0755);

  add_test ("/schedule-view/drag-and-drop", test_drag_and_drop);
  add_test ("/schedule-view/escape-cancels", test_escape_cancels);
  add_test ("/schedule-view/schedule-seed-by-dragging", test_schedule_seed_by_dragging);
  add_test ("/schedule-view/shown-day-only", test_shown_day_only);
  add_test ("/schedule-view/edit-relayouts-one", test_edit_relayouts_one);
  add_test ("/schedule-view/resize-near-edge", test_resize_near_edge);
  add_test ("/schedule-view/keyboard-sideways", test_keyboard_sideways);
  add_test ("/schedule-view/short-cards", test_short_cards);
  add_test ("/schedule-view/time-without-room", test_time_without_room);
  add_test ("/schedule-view/keyboard", test_keyboard);
  add_test ("/schedule-view/room-reorder", test_room_reorder);
  add_test ("/schedule-view/autoscroll", test_autoscroll);
  add_test ("/schedule-view/conflict-badge", test_conflict_badge);
  add_test ("/schedule-view/overnight-lanes", test_overnight_lanes);
  add_test ("/schedule-view/skips-other-steps", test_skips_other_steps);

  return g_test_run ();
}
