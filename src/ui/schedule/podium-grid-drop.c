/* podium-grid-drop.c — the schedule grid as a drop target: where a card lands, the
 * preview that says so, autoscroll near the edges, and the drop as one undo step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "podium-labels.h"
#include "podium-schedule-grid-private.h"

#define EDGE_ZONE         56    /* autoscroll when the pointer is this close to an edge */
#define MAX_SCROLL_SPEED  24.0  /* pixels per frame at the very edge */
#define ARM_MARGIN        8     /* beyond the dragged card, the pointer may autoscroll */

/* Drop target and autoscroll */

/* A card lands where its drag icon is: it keeps its offset (@grab_y pixels, < 0 for none) to
 * the pointer. A tray card is taller than a short session, so the offset stops at the
 * session's length and the pointer stays on the card it drops.
 */
static double
grab_minutes (PodiumScheduleGrid *self,
              double              grab_y,
              PodiumSession      *session)
{
  double minutes;

  if (grab_y < 0)
    return 0;
  minutes = MIN (grab_y / podium_grid_layout_pixels_per_minute (&self->layout),
                 podium_session_get_duration (session));
  return minutes - self->layout.slot / 2.0;
}

static double
drag_grab_y (GdkDrag *drag)
{
  double *grab_y = drag ? g_object_get_data (G_OBJECT (drag), "podium-grab-y") : NULL;

  return grab_y ? *grab_y : -1;
}

static GdkDrag *
current_drag (GtkDropTarget *target)
{
  GdkDrop *drop = gtk_drop_target_get_current_drop (target);

  return drop ? gdk_drop_get_drag (drop) : NULL;
}

static int
insert_column_at (PodiumScheduleGrid *self,
                  double              x)
{
  return podium_grid_layout_insert_column_at (&self->layout,
                                              x - AXIS_WIDTH + podium_schedule_grid_hvalue (self));
}

static void
preview_session (PodiumScheduleGrid *self,
                 PodiumSession      *session,
                 double              grab_y,
                 double              x,
                 double              y)
{
  gboolean all_rooms = podium_session_get_all_rooms (session);
  int column;
  gint64 start;

  if (!podium_schedule_grid_place_at (self, x, y, grab_minutes (self, grab_y, session),
                                      session, &column, &start))
    return;
  podium_schedule_grid_set_preview (self, all_rooms ? 0 : column,
                                    all_rooms ? (int) self->rooms->len : 1,
                                    start, start + podium_session_get_duration (session),
                                    all_rooms ? NULL : g_ptr_array_index (self->rooms, column));
}

static void
update_drop_preview (PodiumScheduleGrid *self,
                     GdkDrag            *drag,
                     double              x,
                     double              y)
{
  PodiumSession *session = drag ? g_object_get_data (G_OBJECT (drag), "podium-session") : NULL;
  PodiumRoom *room = drag ? g_object_get_data (G_OBJECT (drag), "podium-room") : NULL;

  if (session)
    preview_session (self, session, drag_grab_y (drag), x, y);
  else if (room)
    {
      self->insert_column = insert_column_at (self, x);
      gtk_widget_queue_draw (self->body_layer);
    }
}

/* The closer to the edge, the faster; the header and axis count as the edge. A card
 * dragged from the grid scrolls it only once the pointer has left the card, so that
 * grabbing a card at the view's border does not carry it off.
 */
static gboolean
autoscroll_tick_cb (GtkWidget     *widget,
                    GdkFrameClock *frame_clock,
                    gpointer       user_data)
{
  PodiumScheduleGrid *self = PODIUM_SCHEDULE_GRID (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  double x = self->pointer_x, y = self->pointer_y;
  double dx = 0, dy = 0;
  gint64 now = gdk_frame_clock_get_frame_time (frame_clock);
  double frames = self->last_tick ? MIN (4.0, (now - self->last_tick) / 16667.0) : 1.0;

  self->last_tick = now;
  if (!self->pointer_inside)
    {
      self->autoscroll_id = 0;
      self->last_tick = 0;
      return G_SOURCE_REMOVE;
    }

  if (y < self->header_height + EDGE_ZONE)
    dy = -MAX_SCROLL_SPEED * MIN (1.0, (self->header_height + EDGE_ZONE - y) / EDGE_ZONE);
  else if (y > height - EDGE_ZONE)
    dy = MAX_SCROLL_SPEED * MIN (1.0, (y - (height - EDGE_ZONE)) / EDGE_ZONE);
  if (x < AXIS_WIDTH + EDGE_ZONE)
    dx = -MAX_SCROLL_SPEED * MIN (1.0, (AXIS_WIDTH + EDGE_ZONE - x) / EDGE_ZONE);
  else if (x > width - EDGE_ZONE)
    dx = MAX_SCROLL_SPEED * MIN (1.0, (x - (width - EDGE_ZONE)) / EDGE_ZONE);

  if ((dx != 0 || dy != 0) && self->autoscroll_armed &&
      podium_schedule_grid_scroll_by (self, dx * frames, dy * frames))
    {
      GtkDropTarget *target = g_object_get_data (G_OBJECT (self), "podium-drop-target");
      GdkDrag *drag = current_drag (target);

      if (drag)
        update_drop_preview (self, drag, x, y);
    }

  return G_SOURCE_CONTINUE;
}

/* Whether the pointer at (@x, @y) has left the card @session was dragged from */
static gboolean
left_source_card (PodiumScheduleGrid *self,
                  PodiumSession      *session,
                  double              x,
                  double              y)
{
  GtkWidget *card = session ? podium_schedule_grid_get_card (self, session) : NULL;
  graphene_rect_t bounds;

  if (card == NULL || !gtk_widget_has_css_class (card, "dragging") ||
      !gtk_widget_compute_bounds (card, GTK_WIDGET (self), &bounds))
    return TRUE;
  graphene_rect_inset (&bounds, -ARM_MARGIN, -ARM_MARGIN);
  return !graphene_rect_contains_point (&bounds, &GRAPHENE_POINT_INIT (x, y));
}

static void
pointer_moved (PodiumScheduleGrid *self,
               PodiumSession      *session,
               double              x,
               double              y)
{
  if (!self->autoscroll_armed)
    self->autoscroll_armed = left_source_card (self, session, x, y);
  self->pointer_x = x;
  self->pointer_y = y;
  self->pointer_inside = TRUE;
  if (self->autoscroll_id == 0)
    self->autoscroll_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), autoscroll_tick_cb,
                                                        NULL, NULL);
}

static void
on_drop_motion_cb (GtkDropControllerMotion *controller,
                   double                   x,
                   double                   y,
                   PodiumScheduleGrid      *self)
{
  GdkDrop *drop = gtk_drop_controller_motion_get_drop (controller);
  GdkDrag *drag = drop ? gdk_drop_get_drag (drop) : NULL;

  pointer_moved (self, drag ? g_object_get_data (G_OBJECT (drag), "podium-session") : NULL, x, y);
}

void
podium_schedule_grid_stop_autoscroll (PodiumScheduleGrid *self)
{
  self->pointer_inside = FALSE;
  self->autoscroll_armed = FALSE;
  if (self->autoscroll_id)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->autoscroll_id);
      self->autoscroll_id = 0;
      self->last_tick = 0;
    }
}

void
podium_schedule_grid_drag_motion (PodiumScheduleGrid *self,
                                  PodiumSession      *session,
                                  double              grab_y,
                                  double              x,
                                  double              y)
{
  g_return_if_fail (PODIUM_IS_SCHEDULE_GRID (self));
  g_return_if_fail (PODIUM_IS_SESSION (session));

  pointer_moved (self, session, x, y);
  preview_session (self, session, grab_y, x, y);
}

static void
on_drop_leave_cb (GtkDropControllerMotion *controller,
                  PodiumScheduleGrid      *self)
{
  podium_schedule_grid_stop_autoscroll (self);
}

static GdkDragAction
on_drop_target_motion_cb (GtkDropTarget      *target,
                          double              x,
                          double              y,
                          PodiumScheduleGrid *self)
{
  GdkDrag *drag = current_drag (target);

  /* The drop target may consume the motion before the motion controller sees it */
  pointer_moved (self, drag ? g_object_get_data (G_OBJECT (drag), "podium-session") : NULL, x, y);
  update_drop_preview (self, drag, x, y);
  return GDK_ACTION_MOVE;
}

static void
on_drop_target_leave_cb (GtkDropTarget      *target,
                         PodiumScheduleGrid *self)
{
  podium_schedule_grid_stop_autoscroll (self);
  podium_schedule_grid_clear_preview (self);
}

static gboolean
drop_session (PodiumScheduleGrid *self,
              PodiumSession      *session,
              GdkDrag            *drag,
              double              x,
              double              y)
{
  g_autofree char *title = NULL;
  g_autofree char *time = NULL;
  PodiumRoom *room = NULL;
  gboolean was_scheduled = podium_session_is_scheduled (session);
  int column;
  gint64 start;

  if (!podium_schedule_grid_place_at (self, x, y, grab_minutes (self, drag_grab_y (drag), session),
                                      session, &column, &start))
    return FALSE;

  if (!podium_session_get_all_rooms (session))
    room = g_ptr_array_index (self->rooms, column);

  if (was_scheduled && start == podium_session_get_start (session) &&
      room == podium_session_get_room (session))
    return TRUE;

  /* The dropped card has the focus, as the card the user holds would */
  podium_schedule_grid_focus_later (self, session);
  time = podium_time_format_clock (podium_time_get_clock (start));
  if (was_scheduled)
    {
      podium_document_move (self->document, session, room, start);
      /* TRANSLATORS: a toast after dragging a card: title, room, start time */
      title = g_strdup_printf (_("Moved “%s” to %s at %s"),
                               podium_session_get_title (session),
                               room ? podium_schedule_grid_room_name (room) : _("All rooms"), time);
    }
  else
    {
      podium_document_schedule (self->document, session, room, start,
                                podium_session_get_duration (session));
      /* TRANSLATORS: a toast after dragging a session from the tray: title, room, time */
      title = g_strdup_printf (_("Scheduled “%s” in %s at %s"),
                               podium_session_get_title (session),
                               room ? podium_schedule_grid_room_name (room) : _("All rooms"), time);
    }
  podium_schedule_grid_emit_toast (self, title, TRUE);
  return TRUE;
}

static gboolean
on_drop_target_drop_cb (GtkDropTarget      *target,
                        const GValue       *value,
                        double              x,
                        double              y,
                        PodiumScheduleGrid *self)
{
  GdkDrag *drag = current_drag (target);
  gboolean done = FALSE;

  podium_schedule_grid_clear_preview (self);
  podium_schedule_grid_stop_autoscroll (self);
  if (self->document == NULL)
    return FALSE;

  if (G_VALUE_HOLDS (value, PODIUM_TYPE_SESSION) && g_value_get_object (value))
    done = drop_session (self, g_value_get_object (value), drag, x, y);
  else if (G_VALUE_HOLDS (value, PODIUM_TYPE_ROOM) && g_value_get_object (value))
    {
      PodiumRoom *room = g_value_get_object (value);
      int from = GPOINTER_TO_INT (g_hash_table_lookup (self->room_columns, room)) - 1;
      int to = insert_column_at (self, x);

      if (from < 0)
        return FALSE;
      if (to > from)
        to--;
      if (to != from)
        {
          g_autofree char *title = NULL;

          podium_document_move_room (self->document, room, to);
          /* TRANSLATORS: a toast after dragging a room's column header */
          title = g_strdup_printf (_("Moved room “%s”"), podium_schedule_grid_room_name (room));
          podium_schedule_grid_emit_toast (self, title, TRUE);
        }
      done = TRUE;
    }

  return done;
}

void
podium_schedule_grid_init_drop (PodiumScheduleGrid *self)
{
  GType types[] = { PODIUM_TYPE_SESSION, PODIUM_TYPE_ROOM };
  GtkDropTarget *target;
  GtkEventController *motion;

  target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_MOVE);
  gtk_drop_target_set_gtypes (target, types, G_N_ELEMENTS (types));
  g_signal_connect (target, "enter", G_CALLBACK (on_drop_target_motion_cb), self);
  g_signal_connect (target, "motion", G_CALLBACK (on_drop_target_motion_cb), self);
  g_signal_connect (target, "leave", G_CALLBACK (on_drop_target_leave_cb), self);
  g_signal_connect (target, "drop", G_CALLBACK (on_drop_target_drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
  g_object_set_data (G_OBJECT (self), "podium-drop-target", target);

  motion = gtk_drop_controller_motion_new ();
  g_signal_connect (motion, "enter", G_CALLBACK (on_drop_motion_cb), self);
  g_signal_connect (motion, "motion", G_CALLBACK (on_drop_motion_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_drop_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
}
