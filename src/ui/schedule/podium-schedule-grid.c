/* podium-schedule-grid.c — the grid widget: its cards and room headers, properties,
 * syncing with the document, keyboard moves. Its layout math is in podium-grid-layout.c,
 * what it paints in podium-grid-draw.c, drops and autoscroll in podium-grid-drop.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "podium-after-layout.h"
#include "podium-drag-escape.h"
#include "podium-labels.h"
#include "podium-schedule-grid-private.h"

#define WARM_BUDGET   3   /* cards made at a time around the view, after the first paint */
#define WARM_INTERVAL 20  /* ms between those */
#define PREPARE_CARDS 48  /* cards made before there is a plan: what a full view shows */
#define PREPARE_STEP  8   /* of those, made at a time */

/* The grid has two layers as children, each clipping its own children: the header strip
 * (room headers, scrolled horizontally) and the body (cards, scrolled both ways). The time
 * axis and the corner are painted by the grid itself (podium-grid-draw.c). The layers only
 * exist so that clipping and picking follow the pinned areas; the grid does their layout.
 */
#define PODIUM_TYPE_GRID_LAYER (podium_grid_layer_get_type ())
G_DECLARE_FINAL_TYPE (PodiumGridLayer, podium_grid_layer, PODIUM, GRID_LAYER, GtkWidget)

struct _PodiumGridLayer
{
  GtkWidget           parent_instance;
  PodiumScheduleGrid *grid;
  gboolean            is_body;
};

G_DEFINE_FINAL_TYPE (PodiumGridLayer, podium_grid_layer, GTK_TYPE_WIDGET)

static void podium_schedule_grid_scrollable_init (GtkScrollableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PodiumScheduleGrid, podium_schedule_grid, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE,
                                                      podium_schedule_grid_scrollable_init))

enum {
  PROP_0,
  PROP_HADJUSTMENT,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
  N_PROPS
};

enum {
  SESSION_ACTIVATED,
  SHOW_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void layout_body   (PodiumScheduleGrid *self,
                           int                 width,
                           int                 height);
static void layout_header (PodiumScheduleGrid *self,
                           int                 width,
                           int                 height);
static void work_begin    (PodiumScheduleGrid *self);
static void work_end      (PodiumScheduleGrid *self);

/* Layers */

static void
podium_grid_layer_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  *minimum = *natural = 0;
}

static void
podium_grid_layer_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  PodiumGridLayer *self = PODIUM_GRID_LAYER (widget);

  work_begin (self->grid);
  if (self->is_body)
    layout_body (self->grid, width, height);
  else
    layout_header (self->grid, width, height);
  work_end (self->grid);
}

static void
podium_grid_layer_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  PodiumGridLayer *self = PODIUM_GRID_LAYER (widget);

  work_begin (self->grid);
  if (self->is_body)
    podium_schedule_grid_snapshot_body (self->grid, snapshot);
  else
    GTK_WIDGET_CLASS (podium_grid_layer_parent_class)->snapshot (widget, snapshot);
  work_end (self->grid);
}

static void
podium_grid_layer_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))))
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (podium_grid_layer_parent_class)->dispose (object);
}

static void
podium_grid_layer_class_init (PodiumGridLayerClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = podium_grid_layer_dispose;
  widget_class->measure = podium_grid_layer_measure;
  widget_class->size_allocate = podium_grid_layer_size_allocate;
  widget_class->snapshot = podium_grid_layer_snapshot;
  gtk_widget_class_set_css_name (widget_class, "gridlayer");
}

static void
podium_grid_layer_init (PodiumGridLayer *self)
{
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
}

static GtkWidget *
podium_grid_layer_new (PodiumScheduleGrid *grid,
                       gboolean            is_body)
{
  PodiumGridLayer *self = g_object_new (PODIUM_TYPE_GRID_LAYER, NULL);

  self->grid = grid;
  self->is_body = is_body;
  gtk_widget_add_css_class (GTK_WIDGET (self), is_body ? "body" : "headers");
  return GTK_WIDGET (self);
}

/* Helpers */

/* floor() without pulling in libm for one function */
static double
floor_d (double x)
{
  double t = (double) (gint64) x;

  return t > x ? t - 1 : t;
}

static void
card_info_free (gpointer data)
{
  CardInfo *info = data;

  if (info->card)
    gtk_widget_unparent (info->card);
  g_clear_object (&info->session);
  g_free (info);
}

/* The benchmark's measure of the grid's own work: allocate and snapshot, nested or not */
static void
work_begin (PodiumScheduleGrid *self)
{
  if (self->timing_depth++ == 0)
    self->timing_start = g_get_monotonic_time ();
}

static void
work_end (PodiumScheduleGrid *self)
{
  if (--self->timing_depth == 0)
    self->work_us += g_get_monotonic_time () - self->timing_start;
}

static double
pixels_per_minute (PodiumScheduleGrid *self)
{
  return podium_grid_layout_pixels_per_minute (&self->layout);
}

double
podium_schedule_grid_hvalue (PodiumScheduleGrid *self)
{
  return self->hadjustment ? floor_d (gtk_adjustment_get_value (self->hadjustment)) : 0;
}

double
podium_schedule_grid_vvalue (PodiumScheduleGrid *self)
{
  return self->vadjustment ? floor_d (gtk_adjustment_get_value (self->vadjustment)) : 0;
}

#define hvalue podium_schedule_grid_hvalue
#define vvalue podium_schedule_grid_vvalue

static int
content_width (PodiumScheduleGrid *self)
{
  return podium_grid_layout_content_width (&self->layout);
}

static int
content_height (PodiumScheduleGrid *self)
{
  return podium_grid_layout_content_height (&self->layout);
}

static void
info_rect (PodiumScheduleGrid *self,
           CardInfo           *info,
           graphene_rect_t    *rect)
{
  podium_grid_layout_card_rect (&self->layout, info->column, info->span, info->lane, info->lanes,
                                info->start, info->end, rect);
}

const char *
podium_schedule_grid_room_name (PodiumRoom *room)
{
  const char *name = room ? podium_room_get_name (room) : NULL;

  return name && *name ? name : _("Unnamed room");
}

#define room_name podium_schedule_grid_room_name

void
podium_schedule_grid_emit_toast (PodiumScheduleGrid *self,
                                 const char         *title,
                                 gboolean            undoable)
{
  g_signal_emit (self, signals[SHOW_TOAST], 0, title, undoable);
}

gboolean
podium_schedule_grid_place_at (PodiumScheduleGrid *self,
                               double              x,
                               double              y,
                               double              grab_minutes,
                               PodiumSession      *session,
                               int                *column,
                               gint64             *start)
{
  return podium_grid_layout_place_at (&self->layout,
                                      x - AXIS_WIDTH + hvalue (self),
                                      y - self->header_height + vvalue (self),
                                      grab_minutes, podium_session_get_duration (session),
                                      column, start);
}

gint64
podium_schedule_grid_take_work_time (PodiumScheduleGrid *self)
{
  gint64 us = self->work_us;

  self->work_us = 0;
  return us;
}

guint
podium_schedule_grid_get_syncs (PodiumScheduleGrid *self)
{
  return self->syncs;
}

/* Adjustments */

static void ensure_cards (PodiumScheduleGrid *self);

static void
on_adjustment_value_changed_cb (GtkAdjustment      *adjustment,
                                PodiumScheduleGrid *self)
{
  /* A value clamped in our allocate is laid out there; what it brings into view follows
   * in the next frame (layout_body() asks for it) */
  if (self->in_allocate)
    return;
  ensure_cards (self);
  gtk_widget_queue_allocate (self->body_layer);
  if (adjustment == self->hadjustment)
    gtk_widget_queue_allocate (self->header_layer);
  else
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_adjustment (PodiumScheduleGrid  *self,
                GtkAdjustment      **slot,
                GtkAdjustment       *adjustment)
{
  if (adjustment == *slot)
    return;
  if (*slot)
    {
      g_signal_handlers_disconnect_by_func (*slot, on_adjustment_value_changed_cb, self);
      g_clear_object (slot);
    }
  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
  *slot = g_object_ref_sink (adjustment);
  g_signal_connect (adjustment, "value-changed", G_CALLBACK (on_adjustment_value_changed_cb), self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
configure_adjustment (GtkAdjustment *adjustment,
                      double         content,
                      double         page)
{
  double upper = MAX (content, page);
  double value = CLAMP (gtk_adjustment_get_value (adjustment), 0, upper - page);

  gtk_adjustment_configure (adjustment, value, 0, upper, page * 0.1, page * 0.9, page);
}

gboolean
podium_schedule_grid_scroll_by (PodiumScheduleGrid *self,
           double              dx,
           double              dy)
{
  double h = gtk_adjustment_get_value (self->hadjustment);
  double v = gtk_adjustment_get_value (self->vadjustment);

  gtk_adjustment_set_value (self->hadjustment, h + dx);
  gtk_adjustment_set_value (self->vadjustment, v + dy);
  return h != gtk_adjustment_get_value (self->hadjustment) ||
         v != gtk_adjustment_get_value (self->vadjustment);
}

/* Brings the card of @info into view, before layout. Sideways the view moves by whole
 * columns, so that a room is never left cut by a few pixels.
 */
static void
scroll_to_info (PodiumScheduleGrid *self,
                CardInfo           *info,
                int                 page_width,
                int                 page_height)
{
  double h = gtk_adjustment_get_value (self->hadjustment);
  double v = gtk_adjustment_get_value (self->vadjustment);
  double left = (double) info->column * self->layout.column_width;
  double right = left + (double) info->span * self->layout.column_width;
  graphene_rect_t rect;

  info_rect (self, info, &rect);
  if (rect.origin.y < v)
    v = rect.origin.y - 8;
  else if (rect.origin.y + rect.size.height > v + page_height)
    v = MIN (rect.origin.y - 8, rect.origin.y + rect.size.height - page_height + 8);
  if (left < h)
    h = left;
  else if (right > h + page_width)
    h = MIN (left, right - page_width);

  gtk_adjustment_set_value (self->hadjustment, h);
  gtk_adjustment_set_value (self->vadjustment, v);
}

/* Layout */

static void
layout_header (PodiumScheduleGrid *self,
               int                 width,
               int                 height)
{
  double h = hvalue (self);

  for (guint i = 0; i < self->headers->len; i++)
    {
      GtkWidget *header = g_ptr_array_index (self->headers, i);
      int min;

      gtk_widget_measure (header, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
      gtk_widget_allocate (header, MAX (min, self->layout.column_width), height, -1,
                           gsk_transform_translate (NULL,
                                                    &GRAPHENE_POINT_INIT (i * self->layout.column_width - h, 0)));
    }
}

static void on_card_selected_cb      (PodiumSessionCard  *card,
                                     gboolean            keyboard,
                                     PodiumScheduleGrid *self);
static void on_card_resize_update_cb (PodiumSessionCard  *card,
                                      double              dy,
                                      PodiumScheduleGrid *self);
static void on_card_resize_end_cb    (PodiumSessionCard  *card,
                                      double              dy,
                                      gboolean            cancelled,
                                      PodiumScheduleGrid *self);
static void on_card_peek_cb          (PodiumSessionCard  *card,
                                      gboolean            peeking,
                                      PodiumScheduleGrid *self);

/* Brings a card's widget up to date with its session (only what changed is laid out
 * again by GTK) */
static void
update_card (PodiumScheduleGrid *self,
             CardInfo           *info)
{
  PodiumSessionCard *card = PODIUM_SESSION_CARD (info->card);

  info->stale = FALSE;
  podium_session_card_update (card);
  podium_session_card_set_height_hint (card, (int) ((info->end - info->start) * pixels_per_minute (self))
                                             - CARD_GAP);
  podium_session_card_set_selected (card, info->session == self->selected);
  if (self->conflict_func)
    {
      g_autofree char *reason = self->conflict_func (info->session, self->conflict_data);

      podium_session_card_set_conflict (card, reason);
    }
  if (info->card == self->peek_owner)
    on_card_peek_cb (card, podium_session_card_get_peeking (card), self);
}

/* Gives @info a card widget: a spare one of another day or sync if there is one. Cards are
 * made only near the view, so a day of 500 sessions costs what the view shows.
 */
static void hide_peek (PodiumScheduleGrid *self);

static GtkWidget *
new_card (PodiumScheduleGrid *self)
{
  GtkWidget *card = podium_session_card_new (TRUE);

  g_signal_connect (card, "selected", G_CALLBACK (on_card_selected_cb), self);
  g_signal_connect (card, "resize-update", G_CALLBACK (on_card_resize_update_cb), self);
  g_signal_connect (card, "resize-end", G_CALLBACK (on_card_resize_end_cb), self);
  g_signal_connect (card, "peek", G_CALLBACK (on_card_peek_cb), self);
  return card;
}

/* Cards made ahead, while the window waits for its plan (it reads it in a worker
 * thread): a first view of a full day then only fills them in. A few per idle, so that
 * the window's own first frames are not held up. */
static gboolean
prepare_cards_cb (gpointer data)
{
  PodiumScheduleGrid *self = data;

  for (int i = 0; i < PREPARE_STEP; i++)
    {
      GtkWidget *card;

      if (self->n_prepared >= PREPARE_CARDS)
        {
          self->prepare_id = 0;
          return G_SOURCE_REMOVE;
        }
      card = new_card (self);
      gtk_accessible_update_state (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      gtk_widget_set_child_visible (card, FALSE);
      gtk_widget_set_parent (card, self->body_layer);
      g_ptr_array_add (self->spare_cards, card);
      self->n_prepared++;
    }
  return G_SOURCE_CONTINUE;
}

static GtkWidget *
realize_card (PodiumScheduleGrid *self,
              CardInfo           *info)
{
  GtkWidget *card;

  if (info->card)
    {
      if (info->stale)
        update_card (self, info);
      return info->card;
    }

  if (self->spare_cards->len > 0)
    card = g_ptr_array_steal_index_fast (self->spare_cards, self->spare_cards->len - 1);
  else
    card = new_card (self);
  podium_session_card_set_color_by_organization (PODIUM_SESSION_CARD (card), self->by_organization);
  podium_session_card_set_session (PODIUM_SESSION_CARD (card), info->session);
  info->card = card;
  update_card (self, info);

  /* Cards spanning all rooms lie beneath the room cards */
  if (gtk_widget_get_parent (card) == NULL)
    {
      if (info->span > 1)
        gtk_widget_insert_after (card, self->body_layer, NULL);
      else
        gtk_widget_set_parent (card, self->body_layer);
    }
  else if (info->span > 1)
    gtk_widget_insert_after (card, self->body_layer, NULL);
  else
    gtk_widget_insert_before (card, self->body_layer, NULL);
  gtk_accessible_update_state (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_STATE_HIDDEN, FALSE, -1);
  gtk_widget_set_child_visible (card, TRUE);
  return card;
}

/* Hides a card of a session that is no longer shown, to be used again */
static void
retire_card (PodiumScheduleGrid *self,
             CardInfo           *info)
{
  GtkWidget *card = g_steal_pointer (&info->card);

  if (card == NULL)
    return;
  if (card == self->peek_owner)
    hide_peek (self);
  if (gtk_widget_has_focus (card) || gtk_widget_has_css_class (card, "dragging") ||
      PODIUM_SESSION_CARD (card) == self->resizing)
    {
      /* GTK moves the focus away from an unparented widget; a drag keeps its source */
      gtk_widget_unparent (card);
      return;
    }
  /* Hidden from screen readers too, which list every visible widget, mapped or not (a
   * visibility change would cost a style update) */
  podium_session_card_set_session (PODIUM_SESSION_CARD (card), NULL);
  gtk_accessible_update_state (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_widget_set_child_visible (card, FALSE);
  g_ptr_array_add (self->spare_cards, card);
}

static gboolean
warm_cb (gpointer data)
{
  PodiumScheduleGrid *self = data;

  self->warm_id = 0;
  ensure_cards (self);
  return G_SOURCE_REMOVE;
}

static void
ensure_cards_cb (GtkWidget *widget)
{
  ensure_cards (PODIUM_SCHEDULE_GRID (widget));
}

/* From inside layout, where no widget may change: the cards are made before the next one */
static void
ensure_cards_next_frame (PodiumScheduleGrid *self)
{
  podium_after_layout (GTK_WIDGET (self), &self->cards_tick_id, ensure_cards_cb);
}

/* The size of the body's view: its last allocation, or before the first one the window's,
 * which the body will not exceed */
static void
view_size (PodiumScheduleGrid *self,
           int                *width,
           int                *height)
{
  GtkRoot *root;

  *width = gtk_widget_get_width (self->body_layer);
  *height = gtk_widget_get_height (self->body_layer);
  if (*width > 1 && *height > 1)
    return;
  root = gtk_widget_get_root (GTK_WIDGET (self));
  *width = root ? gtk_widget_get_width (GTK_WIDGET (root)) : 0;
  *height = root ? gtk_widget_get_height (GTK_WIDGET (root)) : 0;
  if ((*width <= 1 || *height <= 1) && GTK_IS_WINDOW (root))
    gtk_window_get_default_size (GTK_WINDOW (root), width, height);
  *width = MAX (*width, 1);
  *height = MAX (*height, 1);
}

/* Makes, updates, shows and hides card widgets for the view as it is now: called when the
 * view scrolls, the document syncs, the day or zoom changes and for the warm-up, never from
 * layout. GTK does not allow a widget to change what it shows while its parent is being
 * allocated: a label's new text queues a resize up through the ancestors mid-allocation,
 * and GTK then skips drawing one of them for a frame ("Trying to snapshot GtkBox without a
 * current allocation").
 */
static void
ensure_cards (PodiumScheduleGrid *self)
{
  GHashTableIter iter;
  CardInfo *info;
  GtkWidget *focus;
  graphene_rect_t visible, near;
  double h, v;
  int width, height;
  int budget = WARM_BUDGET;
  gboolean pending = FALSE;

  if (self->in_ensure || self->cards == NULL)
    return;
  self->in_ensure = TRUE;
  work_begin (self);

  view_size (self, &width, &height);

  /* Keyboard moves and Tab keep the focused card in view */
  focus = gtk_widget_get_focus_child (self->body_layer);
  if (self->follow_focus && focus && PODIUM_IS_SESSION_CARD (focus))
    {
      PodiumSession *session = podium_session_card_get_session (PODIUM_SESSION_CARD (focus));

      info = session ? g_hash_table_lookup (self->cards, session) : NULL;
      if (info)
        scroll_to_info (self, info, width, height);
    }
  self->follow_focus = FALSE;

  h = hvalue (self);
  v = vvalue (self);
  graphene_rect_init (&visible, h, v, width, height);
  graphene_rect_init (&near, h - width / 2.0, v - height / 2.0, 2.0 * width, 2.0 * height);

  g_hash_table_iter_init (&iter, self->cards);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &info))
    {
      graphene_rect_t rect;

      info_rect (self, info, &rect);

      /* Cards in view are made at once. Those within half a page are made a few per idle
       * after the first paint, so that Tab and arrows reach the next card; farther ones
       * are neither made, laid out nor drawn. The focused and the dragged card stay, so
       * they keep their focus and their drag.
       */
      if (!graphene_rect_intersection (&rect, &visible, NULL))
        {
          gboolean keep = info->card &&
                          (info->card == focus || gtk_widget_has_css_class (info->card, "dragging"));

          if (!keep && !graphene_rect_intersection (&rect, &near, NULL))
            {
              if (info->card)
                gtk_widget_set_child_visible (info->card, FALSE);
              continue;
            }
          if (!keep && info->card == NULL && budget-- <= 0)
            {
              pending = TRUE;
              continue;
            }
        }
      realize_card (self, info);
      gtk_widget_set_child_visible (info->card, TRUE);
    }

  if (pending && self->warm_id == 0)
    self->warm_id = g_timeout_add_full (G_PRIORITY_LOW, WARM_INTERVAL, warm_cb, self, NULL);
  gtk_widget_queue_allocate (self->body_layer);

  work_end (self);
  self->in_ensure = FALSE;
}

/* The peek covers its card and grows upwards from the card's lower edge, so the tooltip
 * below the pointer leaves it readable; downwards where the view's top would cut it */
static void
place_peek (PodiumScheduleGrid *self,
            int                 height)
{
  PodiumSession *session;
  CardInfo *info;
  graphene_rect_t rect;
  int min_width, peek_height, width;
  double x, y;

  self->peek_placed = FALSE;
  if (self->peek == NULL || !gtk_widget_get_child_visible (self->peek))
    return;
  session = podium_session_card_get_session (PODIUM_SESSION_CARD (self->peek));
  info = session ? g_hash_table_lookup (self->cards, session) : NULL;
  if (info == NULL)
    return;

  info_rect (self, info, &rect);
  gtk_widget_measure (self->peek, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  width = MAX (min_width, (int) rect.size.width);
  gtk_widget_measure (self->peek, GTK_ORIENTATION_VERTICAL, width, NULL, &peek_height, NULL, NULL);
  peek_height = MAX (peek_height, (int) rect.size.height);
  x = floor_d (rect.origin.x - hvalue (self));
  y = floor_d (rect.origin.y + rect.size.height - vvalue (self)) - peek_height;
  if (y < 0)
    y = MIN (floor_d (rect.origin.y - vvalue (self)), MAX (0, height - peek_height));
  gtk_widget_allocate (self->peek, width, peek_height, -1,
                       gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (x, y)));
  self->peek_placed = TRUE;
}

/* Lays out the cards ensure_cards() made; it changes none of them */
static void
layout_body (PodiumScheduleGrid *self,
             int                 width,
             int                 height)
{
  GHashTableIter iter;
  CardInfo *info;
  graphene_rect_t visible;
  double h, v;
  gboolean missing = FALSE;

  self->in_allocate = TRUE;

  h = hvalue (self);
  v = vvalue (self);
  graphene_rect_init (&visible, h, v, width, height);

  g_hash_table_iter_init (&iter, self->cards);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &info))
    {
      graphene_rect_t rect;
      int min_width;

      info_rect (self, info, &rect);
      if (info->card == NULL || !gtk_widget_get_child_visible (info->card))
        {
          /* The view grew or was clamped in this layout */
          if (graphene_rect_intersection (&rect, &visible, NULL))
            missing = TRUE;
          continue;
        }

      /* Measuring is cached by GTK; it must happen before allocating */
      gtk_widget_measure (info->card, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
      gtk_widget_measure (info->card, GTK_ORIENTATION_VERTICAL, (int) rect.size.width,
                          NULL, NULL, NULL, NULL);
      gtk_widget_allocate (info->card,
                           MAX (min_width, (int) rect.size.width),
                           (int) rect.size.height, -1,
                           gsk_transform_translate (NULL,
                                                    &GRAPHENE_POINT_INIT (floor_d (rect.origin.x - h),
                                                                          floor_d (rect.origin.y - v))));
    }

  place_peek (self, height);

  if (missing)
    ensure_cards_next_frame (self);

  self->in_allocate = FALSE;
}

/* The height the room headers take in columns @column_width wide */
static int
headers_height (PodiumScheduleGrid *self,
                int                 column_width)
{
  int height = MIN_HEADER_HEIGHT;

  for (guint i = 0; i < self->headers->len; i++)
    {
      int nat = 0;

      gtk_widget_measure (g_ptr_array_index (self->headers, i), GTK_ORIENTATION_VERTICAL,
                          column_width, NULL, &nat, NULL, NULL);
      height = MAX (height, nat);
    }
  return height;
}

static void
podium_schedule_grid_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  PodiumScheduleGrid *self = PODIUM_SCHEDULE_GRID (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = AXIS_WIDTH + MIN_COLUMN_WIDTH / 2;
      *natural = AXIS_WIDTH + MIN_COLUMN_WIDTH * MAX (1, (int) self->rooms->len);
    }
  else
    {
      /* As allocate_grid () lays it out, in the columns of the last allocation */
      *minimum = MIN_HEADER_HEIGHT + ROW_HEIGHT * 2;
      *natural = headers_height (self, self->layout.column_width) + content_height (self);
    }
}

/* A few rooms share the grid's @width; many rooms scroll */
static void
set_column_width (PodiumScheduleGrid *self,
                  int                 width)
{
  int column_width = MAX (MIN_COLUMN_WIDTH, (width - AXIS_WIDTH) / MAX (1, (int) self->rooms->len));

  if (column_width != self->layout.column_width)
    {
      self->layout.column_width = column_width;
      gtk_widget_queue_draw (self->body_layer);
    }
}

static void
allocate_grid (GtkWidget *widget,
               int        width,
               int        height)
{
  PodiumScheduleGrid *self = PODIUM_SCHEDULE_GRID (widget);
  int body_width, body_height;

  set_column_width (self, width);
  self->header_height = headers_height (self, self->layout.column_width);

  body_width = MAX (1, width - AXIS_WIDTH);
  body_height = MAX (1, height - self->header_height);

  self->in_allocate = TRUE;
  configure_adjustment (self->hadjustment, content_width (self), body_width);
  configure_adjustment (self->vadjustment, content_height (self), body_height);
  self->in_allocate = FALSE;

  gtk_widget_allocate (self->header_layer, body_width, self->header_height, -1,
                       gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (AXIS_WIDTH, 0)));
  gtk_widget_allocate (self->body_layer, body_width, body_height, -1,
                       gsk_transform_translate (NULL,
                                                &GRAPHENE_POINT_INIT (AXIS_WIDTH, self->header_height)));
}

static void
podium_schedule_grid_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline)
{
  work_begin (PODIUM_SCHEDULE_GRID (widget));
  allocate_grid (widget, width, height);
  work_end (PODIUM_SCHEDULE_GRID (widget));
}

static void
podium_schedule_grid_snapshot (GtkWidget   *widget,
                               GtkSnapshot *snapshot)
{
  work_begin (PODIUM_SCHEDULE_GRID (widget));
  podium_schedule_grid_snapshot_grid (PODIUM_SCHEDULE_GRID (widget), snapshot);
  work_end (PODIUM_SCHEDULE_GRID (widget));
}

/* Focusing the dropped card */

void
podium_schedule_grid_focus_later (PodiumScheduleGrid *self,
                                  PodiumSession      *session)
{
  g_set_object (&self->focus_pending, session);
}

/* Cards and headers */

static void
on_card_selected_cb (PodiumSessionCard  *card,
                     gboolean            keyboard,
                     PodiumScheduleGrid *self)
{
  PodiumSession *session = podium_session_card_get_session (card);

  if (keyboard)
    {
      self->follow_focus = TRUE;
      if (self->in_allocate)
        ensure_cards_next_frame (self);
      else
        ensure_cards (self);
    }
  if (session)
    g_signal_emit (self, signals[SESSION_ACTIVATED], 0, session);
}

static void
hide_peek (PodiumScheduleGrid *self)
{
  if (self->peek_owner == NULL)
    return;
  self->peek_owner = NULL;
  gtk_widget_set_child_visible (self->peek, FALSE);
  podium_session_card_set_session (PODIUM_SESSION_CARD (self->peek), NULL);
  gtk_widget_queue_draw (self->body_layer);
}

/* A drag or a resize under way shows no peek: it would hide where the card goes */
static void
on_card_peek_cb (PodiumSessionCard  *card,
                 gboolean            peeking,
                 PodiumScheduleGrid *self)
{
  PodiumSessionCard *peek = PODIUM_SESSION_CARD (self->peek);
  PodiumSession *session = podium_session_card_get_session (card);

  if (peek == NULL)
    return;
  if (!peeking || session == NULL || self->preview_active || self->resizing != NULL)
    {
      if (self->peek_owner == GTK_WIDGET (card))
        hide_peek (self);
      return;
    }

  self->peek_owner = GTK_WIDGET (card);
  podium_session_card_set_color_by_organization (peek, self->by_organization);
  podium_session_card_set_session (peek, session);
  podium_session_card_update (peek);
  if (self->conflict_func)
    {
      g_autofree char *reason = self->conflict_func (session, self->conflict_data);

      podium_session_card_set_conflict (peek, reason);
    }
  gtk_widget_set_child_visible (self->peek, TRUE);
  gtk_widget_queue_allocate (self->body_layer);
}

void
podium_schedule_grid_set_preview (PodiumScheduleGrid *self,
                                  int                 column,
                                  int                 span,
                                  gint64              start,
                                  gint64              end,
                                  PodiumRoom         *room)
{
  g_autofree char *range = podium_labels_time_range (start, end);

  self->preview_active = TRUE;
  hide_peek (self);
  self->preview_column = column;
  self->preview_span = span;
  self->preview_start = start;
  self->preview_end = end;
  g_free (self->preview_label);
  /* TRANSLATORS: where a dragged session lands: "Themenraum 1, 11:00–12:15" */
  self->preview_label = g_strdup_printf (C_("drop preview", "%s, %s"),
                                         room ? room_name (room) : _("All rooms"), range);
  gtk_widget_queue_draw (self->body_layer);
}

void
podium_schedule_grid_clear_preview (PodiumScheduleGrid *self)
{
  if (!self->preview_active && self->insert_column < 0)
    return;
  self->preview_active = FALSE;
  self->insert_column = -1;
  gtk_widget_queue_draw (self->body_layer);
}

static int
resized_duration (PodiumScheduleGrid *self,
                  PodiumSession      *session,
                  double              dy)
{
  return podium_grid_layout_resized_duration (&self->layout, podium_session_get_duration (session),
                                              dy, PODIUM_SESSION_MAX_DURATION);
}

static void
on_card_resize_update_cb (PodiumSessionCard  *card,
                          double              dy,
                          PodiumScheduleGrid *self)
{
  PodiumSession *session = podium_session_card_get_session (card);
  CardInfo *info = session ? g_hash_table_lookup (self->cards, session) : NULL;
  int duration;

  if (info == NULL)
    return;

  g_set_weak_pointer (&self->resizing, card);
  duration = resized_duration (self, session, dy);
  podium_schedule_grid_set_preview (self, info->column, info->span, info->start,
                                    info->start + duration,
                                    info->span > 1 ? NULL : podium_session_get_room (session));
}

static void
on_card_resize_end_cb (PodiumSessionCard  *card,
                       double              dy,
                       gboolean            cancelled,
                       PodiumScheduleGrid *self)
{
  PodiumSession *session = podium_session_card_get_session (card);
  g_autofree char *title = NULL;
  int duration;

  podium_schedule_grid_clear_preview (self);
  g_clear_weak_pointer (&self->resizing);

  if (cancelled || session == NULL || self->document == NULL ||
      !podium_session_is_scheduled (session))
    return;

  duration = resized_duration (self, session, dy);
  if (duration == podium_session_get_duration (session))
    return;

  podium_document_resize (self->document, session, duration);
  /* TRANSLATORS: a toast after resizing a card: title, new length in minutes */
  title = g_strdup_printf (ngettext ("Changed the length of “%s” to %d minute",
                                     "Changed the length of “%s” to %d minutes",
                                     duration),
                           podium_session_get_title (session), duration);
  podium_schedule_grid_emit_toast (self, title, TRUE);
}

/* The entry of @session, kept from the last sync when there was one (with its card) */
static CardInfo *
ensure_info (PodiumScheduleGrid *self,
             GHashTable         *old_cards,
             PodiumSession      *session)
{
  CardInfo *info = NULL;
  gpointer key = NULL;

  if (!g_hash_table_steal_extended (old_cards, session, &key, (gpointer *) &info))
    {
      info = g_new0 (CardInfo, 1);
      info->session = g_object_ref (session);
    }
  g_hash_table_insert (self->cards, session, info);
  return info;
}

static GdkContentProvider *
on_header_drag_prepare_cb (GtkDragSource *source,
                           double         x,
                           double         y,
                           GtkWidget     *header)
{
  PodiumRoom *room = g_object_get_data (G_OBJECT (header), "podium-room");

  g_object_set_data (G_OBJECT (header), "podium-grab-x", GINT_TO_POINTER ((int) x));
  g_object_set_data (G_OBJECT (header), "podium-grab-y", GINT_TO_POINTER ((int) y));
  return room ? gdk_content_provider_new_typed (PODIUM_TYPE_ROOM, room) : NULL;
}

static void
on_header_drag_begin_cb (GtkDragSource *source,
                         GdkDrag       *drag,
                         GtkWidget     *header)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (header);
  PodiumRoom *room = g_object_get_data (G_OBJECT (header), "podium-room");
  int x = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (header), "podium-grab-x"));
  int y = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (header), "podium-grab-y"));

  g_object_set_data_full (G_OBJECT (drag), "podium-room", g_object_ref (room), g_object_unref);
  gtk_drag_source_set_icon (source, gdk_paintable_get_current_image (paintable), x, y);
  podium_drag_cancel_on_escape (drag);
}

/* A room header's tooltip: its second line in full (it may be cut), or how to reorder */
static gboolean
on_header_query_tooltip_cb (GtkWidget  *widget,
                            int         x,
                            int         y,
                            gboolean    keyboard,
                            GtkTooltip *tooltip,
                            gpointer    data)
{
  if (GTK_IS_LABEL (widget))
    {
      const char *text = gtk_label_get_text (GTK_LABEL (widget));

      if (text == NULL || *text == '\0')
        return FALSE;
      gtk_tooltip_set_text (tooltip, text);
      return TRUE;
    }
  gtk_tooltip_set_text (tooltip, _("Drag to reorder the rooms"));
  return TRUE;
}

static GtkWidget *
create_header (PodiumScheduleGrid *self,
               PodiumRoom         *room)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *details = gtk_label_new (NULL);
  GtkDragSource *source = gtk_drag_source_new ();
  g_autoptr(GdkCursor) cursor = gdk_cursor_new_from_name ("grab", NULL);

  gtk_widget_add_css_class (box, "room-header");
  gtk_widget_add_css_class (name, "heading");
  gtk_widget_add_css_class (details, "caption");
  gtk_widget_add_css_class (details, "dim-label");
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_ellipsize (GTK_LABEL (details), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_xalign (GTK_LABEL (details), 0);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), details);
  gtk_widget_set_cursor (box, cursor);
  /* Tooltips asked for, not set: setting one asks the X server where the pointer is */
  gtk_widget_set_has_tooltip (box, TRUE);
  g_signal_connect (box, "query-tooltip", G_CALLBACK (on_header_query_tooltip_cb), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Drag to reorder the rooms"), -1);
  gtk_widget_set_has_tooltip (details, TRUE);
  g_signal_connect (details, "query-tooltip", G_CALLBACK (on_header_query_tooltip_cb), NULL);
  g_object_set_data_full (G_OBJECT (box), "podium-room", g_object_ref (room), g_object_unref);

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (on_header_drag_prepare_cb), box);
  g_signal_connect (source, "drag-begin", G_CALLBACK (on_header_drag_begin_cb), box);
  gtk_widget_add_controller (box, GTK_EVENT_CONTROLLER (source));

  gtk_widget_set_parent (box, self->header_layer);
  return box;
}

static void
update_header (GtkWidget  *header,
               PodiumRoom *room)
{
  GtkWidget *name = gtk_widget_get_first_child (header);
  GtkWidget *details = gtk_widget_get_next_sibling (name);
  const char *theme = podium_room_get_theme (room);
  int capacity = podium_room_get_capacity (room);
  g_autofree char *seats = NULL;
  g_autofree char *text = NULL;

  if (capacity > 0)
    /* TRANSLATORS: the capacity of a room in its column header */
    seats = g_strdup_printf (ngettext ("%d seat", "%d seats", capacity), capacity);

  if (theme && *theme && seats)
    /* TRANSLATORS: a room header's second line: theme · capacity */
    text = g_strdup_printf (_("%s · %s"), theme, seats);
  else if (theme && *theme)
    text = g_strdup (theme);
  else
    text = g_strdup (seats ? seats : podium_labels_room_kind (podium_room_get_kind (room)));

  gtk_label_set_text (GTK_LABEL (name), room_name (room));
  gtk_label_set_text (GTK_LABEL (details), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (header),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, room_name (room), -1);
}

static gboolean
sync_rooms (PodiumScheduleGrid *self)
{
  GListModel *model = podium_document_get_rooms (self->document);
  guint n = g_list_model_get_n_items (model);
  gboolean changed = n != self->rooms->len;

  for (guint i = 0; i < n && !changed; i++)
    {
      g_autoptr(PodiumRoom) room = g_list_model_get_item (model, i);

      changed = room != g_ptr_array_index (self->rooms, i);
    }

  if (changed)
    {
      g_autoptr(GPtrArray) old_headers = g_steal_pointer (&self->headers);
      g_autoptr(GPtrArray) old_rooms = g_steal_pointer (&self->rooms);

      self->rooms = g_ptr_array_new_with_free_func (g_object_unref);
      self->headers = g_ptr_array_new ();
      g_hash_table_remove_all (self->room_columns);
      for (guint i = 0; i < n; i++)
        {
          PodiumRoom *room = g_list_model_get_item (model, i);
          GtkWidget *header = NULL;

          /* Keep header widgets of known rooms, so a header being dragged survives */
          for (guint j = 0; j < old_rooms->len && header == NULL; j++)
            if (g_ptr_array_index (old_rooms, j) == room)
              {
                header = g_ptr_array_index (old_headers, j);
                g_ptr_array_index (old_headers, j) = NULL;
              }
          if (header == NULL)
            header = create_header (self, room);

          g_ptr_array_add (self->rooms, room);
          g_ptr_array_add (self->headers, header);
          g_hash_table_insert (self->room_columns, room, GINT_TO_POINTER (i + 1));
        }
      self->layout.n_columns = n;
      /* The columns as the next layout will make them, so that the cards made before it
       * are those it shows (else they follow a frame later, and the view paints twice) */
      if (gtk_widget_get_width (GTK_WIDGET (self)) > 0)
        set_column_width (self, gtk_widget_get_width (GTK_WIDGET (self)));
      for (guint j = 0; j < old_headers->len; j++)
        if (g_ptr_array_index (old_headers, j))
          gtk_widget_unparent (g_ptr_array_index (old_headers, j));
    }

  for (guint i = 0; i < self->rooms->len; i++)
    update_header (g_ptr_array_index (self->headers, i), g_ptr_array_index (self->rooms, i));

  return changed;
}

static int
compare_infos_by_id (gconstpointer a,
                     gconstpointer b)
{
  const CardInfo *ia = *(CardInfo **) a;
  const CardInfo *ib = *(CardInfo **) b;

  return g_strcmp0 (podium_object_get_id (PODIUM_OBJECT (ia->session)),
                    podium_object_get_id (PODIUM_OBJECT (ib->session)));
}

/* Overlapping sessions in one room share its width, so that none hides another */
static void
assign_lanes (PodiumScheduleGrid *self)
{
  g_autoptr(GPtrArray) infos = g_ptr_array_new ();
  g_autoptr(GPtrArray) sessions = g_ptr_array_new ();
  g_autoptr(GArray) lanes = NULL;
  GHashTableIter iter;
  CardInfo *info;

  g_hash_table_iter_init (&iter, self->cards);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &info))
    g_ptr_array_add (infos, info);
  /* Twins (same room and times) keep their lanes from one redraw to the next */
  g_ptr_array_sort (infos, compare_infos_by_id);
  for (guint i = 0; i < infos->len; i++)
    g_ptr_array_add (sessions, ((CardInfo *) g_ptr_array_index (infos, i))->session);

  lanes = podium_schedule_lay_out_lanes (self->document, sessions);
  for (guint i = 0; i < infos->len; i++)
    {
      PodiumScheduleLane *lane = &g_array_index (lanes, PodiumScheduleLane, i);

      info = g_ptr_array_index (infos, i);
      info->lane = lane->lane;
      info->lanes = lane->lanes;
    }
}

/* Bindings */

static PodiumSession *
focused_session (PodiumScheduleGrid *self)
{
  GtkWidget *focus = gtk_widget_get_focus_child (self->body_layer);

  if (focus && PODIUM_IS_SESSION_CARD (focus))
    return podium_session_card_get_session (PODIUM_SESSION_CARD (focus));
  return NULL;
}

static gboolean
move_by (GtkWidget *widget,
         GVariant  *args,
         gpointer   user_data)
{
  PodiumScheduleGrid *self = PODIUM_SCHEDULE_GRID (widget);
  PodiumSession *session = focused_session (self);
  int minutes = 0, rooms = 0, length = 0;
  PodiumRoom *room;
  int column;

  if (session == NULL || self->document == NULL || !podium_session_is_scheduled (session))
    return FALSE;

  g_variant_get (args, "(iii)", &minutes, &rooms, &length);
  minutes *= self->layout.slot;
  length *= self->layout.slot;
  self->follow_focus = TRUE;

  if (length != 0)
    {
      int duration = podium_session_get_duration (session) + length;

      if (duration >= self->layout.slot && duration <= PODIUM_SESSION_MAX_DURATION)
        podium_document_resize (self->document, session, duration);
      return TRUE;
    }

  room = podium_session_get_room (session);
  if (rooms != 0)
    {
      if (room == NULL)
        return TRUE;
      column = GPOINTER_TO_INT (g_hash_table_lookup (self->room_columns, room)) - 1 + rooms;
      if (column < 0 || column >= (int) self->rooms->len)
        return TRUE;
      room = g_ptr_array_index (self->rooms, column);
    }
  podium_document_move (self->document, session, room,
                        podium_session_get_start (session) + minutes);
  return TRUE;
}

gboolean
podium_schedule_grid_unschedule (PodiumScheduleGrid *self,
                                 PodiumSession      *session)
{
  g_autofree char *title = NULL;

  g_return_val_if_fail (PODIUM_IS_SCHEDULE_GRID (self), FALSE);

  if (session == NULL || self->document == NULL || !podium_session_is_scheduled (session))
    return FALSE;

  podium_document_unschedule (self->document, session);
  /* TRANSLATORS: a toast after taking a session out of the grid (Delete, or dragged to
   * the tray) */
  title = g_strdup_printf (_("Unscheduled “%s”"), podium_session_get_title (session));
  podium_schedule_grid_emit_toast (self, title, TRUE);
  return TRUE;
}

static gboolean
unschedule_focused (GtkWidget *widget,
                    GVariant  *args,
                    gpointer   user_data)
{
  PodiumScheduleGrid *self = PODIUM_SCHEDULE_GRID (widget);

  return podium_schedule_grid_unschedule (self, focused_session (self));
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   PodiumScheduleGrid    *self)
{
  if (keyval == GDK_KEY_Escape && self->resizing)
    {
      podium_session_card_cancel_resize (self->resizing);
      return TRUE;
    }
  return FALSE;
}

/* GObject */

static void
podium_schedule_grid_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  PodiumScheduleGrid *self = PODIUM_SCHEDULE_GRID (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;
    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;
    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;
    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
podium_schedule_grid_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  PodiumScheduleGrid *self = PODIUM_SCHEDULE_GRID (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value));
      break;
    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value));
      break;
    case PROP_HSCROLL_POLICY:
      if (self->hscroll_policy != (guint) g_value_get_enum (value))
        {
          self->hscroll_policy = g_value_get_enum (value);
          gtk_widget_queue_resize (GTK_WIDGET (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_VSCROLL_POLICY:
      if (self->vscroll_policy != (guint) g_value_get_enum (value))
        {
          self->vscroll_policy = g_value_get_enum (value);
          gtk_widget_queue_resize (GTK_WIDGET (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
podium_schedule_grid_dispose (GObject *object)
{
  PodiumScheduleGrid *self = PODIUM_SCHEDULE_GRID (object);

  podium_schedule_grid_stop_autoscroll (self);
  g_clear_weak_pointer (&self->resizing);
  g_clear_handle_id (&self->warm_id, g_source_remove);
  g_clear_handle_id (&self->prepare_id, g_source_remove);
  podium_after_layout_cancel (GTK_WIDGET (self), &self->cards_tick_id);
  g_clear_pointer (&self->cards, g_hash_table_unref);
  if (self->spare_cards)
    {
      for (guint i = 0; i < self->spare_cards->len; i++)
        gtk_widget_unparent (g_ptr_array_index (self->spare_cards, i));
      g_clear_pointer (&self->spare_cards, g_ptr_array_unref);
    }
  g_clear_object (&self->focus_pending);
  /* Cards losing the focus or the pointer as they go ask for no peek any more */
  self->peek_owner = NULL;
  g_clear_pointer (&self->peek, gtk_widget_unparent);
  g_clear_pointer (&self->room_columns, g_hash_table_unref);
  g_clear_pointer (&self->header_layer, gtk_widget_unparent);
  g_clear_pointer (&self->body_layer, gtk_widget_unparent);
  g_clear_pointer (&self->headers, g_ptr_array_unref);
  g_clear_pointer (&self->rooms, g_ptr_array_unref);
  if (self->hadjustment)
    g_signal_handlers_disconnect_by_func (self->hadjustment, on_adjustment_value_changed_cb, self);
  if (self->vadjustment)
    g_signal_handlers_disconnect_by_func (self->vadjustment, on_adjustment_value_changed_cb, self);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);
  g_clear_object (&self->document);
  g_clear_object (&self->selected);
  g_clear_pointer (&self->preview_label, g_free);

  G_OBJECT_CLASS (podium_schedule_grid_parent_class)->dispose (object);
}

static void
podium_schedule_grid_scrollable_init (GtkScrollableInterface *iface)
{
}

static void
add_move_binding (GtkWidgetClass  *widget_class,
                  guint            keyval,
                  GdkModifierType  mods,
                  int              minutes,
                  int              rooms,
                  int              length)
{
  gtk_widget_class_add_binding (widget_class, keyval, mods, move_by, "(iii)", minutes, rooms, length);
}

static void
podium_schedule_grid_class_init (PodiumScheduleGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = podium_schedule_grid_dispose;
  object_class->get_property = podium_schedule_grid_get_property;
  object_class->set_property = podium_schedule_grid_set_property;
  widget_class->measure = podium_schedule_grid_measure;
  widget_class->size_allocate = podium_schedule_grid_size_allocate;
  widget_class->snapshot = podium_schedule_grid_snapshot;

  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  signals[SESSION_ACTIVATED] =
    g_signal_new ("session-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, PODIUM_TYPE_SESSION);
  signals[SHOW_TOAST] =
    g_signal_new ("show-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_BOOLEAN);

  add_move_binding (widget_class, GDK_KEY_Up, GDK_ALT_MASK, -1, 0, 0);
  add_move_binding (widget_class, GDK_KEY_Down, GDK_ALT_MASK, 1, 0, 0);
  add_move_binding (widget_class, GDK_KEY_Left, GDK_ALT_MASK, 0, -1, 0);
  add_move_binding (widget_class, GDK_KEY_Right, GDK_ALT_MASK, 0, 1, 0);
  add_move_binding (widget_class, GDK_KEY_Up, GDK_ALT_MASK | GDK_SHIFT_MASK, 0, 0, -1);
  add_move_binding (widget_class, GDK_KEY_Down, GDK_ALT_MASK | GDK_SHIFT_MASK, 0, 0, 1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Delete, 0, unschedule_focused, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Delete, 0, unschedule_focused, NULL);

  gtk_widget_class_set_css_name (widget_class, "schedulegrid");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

/* Double-clicking an empty cell makes a session there, as one undo step, and hands it
 * to the window to be named */
static void
on_body_pressed_cb (GtkGestureClick    *gesture,
                    int                 n_press,
                    double              x,
                    double              y,
                    PodiumScheduleGrid *self)
{
  g_autoptr(PodiumSession) session = NULL;
  GtkWidget *picked;
  PodiumRoom *room;
  int column;
  gint64 start;

  if (n_press != 2 || self->document == NULL || self->date == PODIUM_DATE_NONE)
    return;
  if (y < self->header_height || x < AXIS_WIDTH)
    return;
  picked = gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT);
  if (picked && gtk_widget_get_ancestor (picked, PODIUM_TYPE_SESSION_CARD))
    return;

  session = g_object_new (PODIUM_TYPE_SESSION,
                          "title", _("New Session"),
                          "kind", PODIUM_SESSION_TALK,
                          "duration", podium_session_kind_default_duration (PODIUM_SESSION_TALK),
                          NULL);
  /* The press is the slot the session starts in */
  if (!podium_schedule_grid_place_at (self, x, y, 0, session, &column, &start))
    return;
  room = g_ptr_array_index (self->rooms, column);

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  podium_document_begin (self->document, _("Add Session"));
  podium_document_add (self->document, G_OBJECT (session));
  podium_document_schedule (self->document, session, room, start,
                            podium_session_get_duration (session));
  podium_document_end (self->document);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.edit-session", "s",
                              podium_object_get_id (PODIUM_OBJECT (session)));
}

static void
podium_schedule_grid_init (PodiumScheduleGrid *self)
{
  GtkEventController *keys;
  GtkGesture *click;

  self->layout.zoom = 15;
  self->layout.slot = 5;
  self->date = PODIUM_DATE_NONE;
  self->insert_column = -1;
  self->layout.column_width = MIN_COLUMN_WIDTH;
  self->header_height = MIN_HEADER_HEIGHT;
  /* The scrolled window decides from the natural size whether the view scrolls, and the
   * natural size is what the adjustments will say (podium_schedule_grid_measure ()):
   * otherwise it decides "no scrollbar", the adjustments configured in size_allocate say
   * otherwise, and it queues a resize in the middle of the layout, after which GTK skips
   * drawing the window's content for a frame ("Trying to snapshot GtkBox … without a
   * current allocation") */
  self->hscroll_policy = GTK_SCROLL_NATURAL;
  self->vscroll_policy = GTK_SCROLL_NATURAL;
  self->layout.view_start = podium_time_from_date (0, 9 * 60);
  self->layout.view_end = podium_time_from_date (0, 18 * 60);
  self->rooms = g_ptr_array_new_with_free_func (g_object_unref);
  self->headers = g_ptr_array_new ();
  self->room_columns = g_hash_table_new (NULL, NULL);
  self->cards = g_hash_table_new_full (NULL, NULL, NULL, card_info_free);
  self->spare_cards = g_ptr_array_new ();
  self->prepare_id = g_idle_add_full (G_PRIORITY_LOW, prepare_cards_cb, self, NULL);

  set_adjustment (self, &self->hadjustment, NULL);
  set_adjustment (self, &self->vadjustment, NULL);

  self->header_layer = podium_grid_layer_new (self, FALSE);
  gtk_widget_set_parent (self->header_layer, GTK_WIDGET (self));
  self->body_layer = podium_grid_layer_new (self, TRUE);
  self->peek = podium_session_card_new_peek ();
  gtk_widget_set_child_visible (self->peek, FALSE);
  gtk_widget_set_parent (self->peek, self->body_layer);
  gtk_widget_set_parent (self->body_layer, GTK_WIDGET (self));
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  podium_schedule_grid_init_drop (self);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_body_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

/* Public API */

GtkWidget *
podium_schedule_grid_new (void)
{
  return g_object_new (PODIUM_TYPE_SCHEDULE_GRID, NULL);
}

void
podium_schedule_grid_set_document (PodiumScheduleGrid *self,
                                   PodiumDocument     *document)
{
  g_return_if_fail (PODIUM_IS_SCHEDULE_GRID (self));
  g_return_if_fail (document == NULL || PODIUM_IS_DOCUMENT (document));

  if (!g_set_object (&self->document, document))
    return;
  g_hash_table_remove_all (self->cards);
  podium_schedule_grid_sync (self);
}

void
podium_schedule_grid_set_date (PodiumScheduleGrid *self,
                               int                 date)
{
  g_return_if_fail (PODIUM_IS_SCHEDULE_GRID (self));

  if (self->date == date)
    return;
  self->date = date;
  podium_schedule_grid_sync (self);
  gtk_adjustment_set_value (self->vadjustment, 0);
}

int
podium_schedule_grid_get_date (PodiumScheduleGrid *self)
{
  g_return_val_if_fail (PODIUM_IS_SCHEDULE_GRID (self), PODIUM_DATE_NONE);

  return self->date;
}

void
podium_schedule_grid_set_zoom (PodiumScheduleGrid *self,
                               int                 zoom)
{
  double anchor = 0;

  g_return_if_fail (PODIUM_IS_SCHEDULE_GRID (self));
  g_return_if_fail (zoom > 0);

  if (self->layout.zoom == zoom)
    return;
  /* Keep the time at the top of the view where it was */
  anchor = self->layout.view_start + vvalue (self) / pixels_per_minute (self);
  self->layout.zoom = zoom;
  podium_schedule_grid_sync (self);
  configure_adjustment (self->vadjustment, content_height (self),
                        gtk_adjustment_get_page_size (self->vadjustment));
  gtk_adjustment_set_value (self->vadjustment, (anchor - self->layout.view_start) * pixels_per_minute (self));
  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (self->body_layer);
}

int
podium_schedule_grid_get_zoom (PodiumScheduleGrid *self)
{
  g_return_val_if_fail (PODIUM_IS_SCHEDULE_GRID (self), 15);

  return self->layout.zoom;
}

void
podium_schedule_grid_set_color_by_organization (PodiumScheduleGrid *self,
                                                gboolean            by_organization)
{
  GHashTableIter iter;
  CardInfo *info;

  g_return_if_fail (PODIUM_IS_SCHEDULE_GRID (self));

  self->by_organization = !!by_organization;
  g_hash_table_iter_init (&iter, self->cards);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &info))
    if (info->card)
      podium_session_card_set_color_by_organization (PODIUM_SESSION_CARD (info->card),
                                                     self->by_organization);
}

void
podium_schedule_grid_select (PodiumScheduleGrid *self,
                             PodiumSession      *session,
                             gboolean            focus)
{
  CardInfo *info;

  g_return_if_fail (PODIUM_IS_SCHEDULE_GRID (self));

  if (self->selected != session)
    {
      if (self->selected && (info = g_hash_table_lookup (self->cards, self->selected)) && info->card)
        podium_session_card_set_selected (PODIUM_SESSION_CARD (info->card), FALSE);
      g_set_object (&self->selected, session);
    }
  if (session && (info = g_hash_table_lookup (self->cards, session)))
    {
      realize_card (self, info);
      podium_session_card_set_selected (PODIUM_SESSION_CARD (info->card), TRUE);
      if (focus)
        {
          gtk_widget_grab_focus (info->card);
          self->follow_focus = TRUE;
          ensure_cards (self);
        }
    }
}

void
podium_schedule_grid_sync (PodiumScheduleGrid *self)
{
  g_autoptr(GHashTable) old_cards = NULL;
  PodiumConference *conference;
  GListModel *sessions;
  gint64 first, last;
  guint n;

  g_return_if_fail (PODIUM_IS_SCHEDULE_GRID (self));

  self->syncs++;
  old_cards = g_steal_pointer (&self->cards);
  self->cards = g_hash_table_new_full (NULL, NULL, NULL, card_info_free);

  if (self->document == NULL || self->date == PODIUM_DATE_NONE)
    {
      GHashTableIter iter;
      CardInfo *info;

      g_hash_table_iter_init (&iter, old_cards);
      while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &info))
        retire_card (self, info);
      if (self->document == NULL)
        {
          self->layout.n_columns = 0;
          g_ptr_array_set_size (self->rooms, 0);
          for (guint i = 0; i < self->headers->len; i++)
            gtk_widget_unparent (g_ptr_array_index (self->headers, i));
          g_ptr_array_set_size (self->headers, 0);
          g_hash_table_remove_all (self->room_columns);
        }
      gtk_widget_queue_resize (GTK_WIDGET (self));
      return;
    }

  conference = podium_document_get_conference (self->document);
  self->layout.slot = MAX (1, podium_conference_get_slot_minutes (conference));
  if (sync_rooms (self))
    gtk_widget_queue_resize (GTK_WIDGET (self));

  podium_schedule_day_bounds (conference, self->date, &first, &last);

  sessions = podium_document_get_sessions (self->document);
  n = g_list_model_get_n_items (sessions);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PodiumSession) session = g_list_model_get_item (sessions, i);
      PodiumRoom *room;
      gint64 start;
      CardInfo *info;
      int column = 0, span;

      if (!podium_session_is_scheduled (session))
        continue;
      start = podium_session_get_start (session);
      if (podium_schedule_day_of (conference, start) != self->date)
        continue;

      room = podium_session_get_room (session);
      if (podium_session_get_all_rooms (session) || room == NULL)
        span = MAX (1, (int) self->rooms->len);
      else
        {
          column = GPOINTER_TO_INT (g_hash_table_lookup (self->room_columns, room)) - 1;
          if (column < 0)
            continue;
          span = 1;
        }

      info = ensure_info (self, old_cards, session);
      info->column = column;
      info->span = span;
      info->start = start;
      info->end = podium_session_get_end (session);
      /* A card in view follows at once (GTK lays out again only what changed); the
       * others when they come near the view */
      if (info->card)
        update_card (self, info);
      else
        info->stale = TRUE;
      first = MIN (first, start);
      last = MAX (last, info->end);
    }

  /* Cards of sessions no longer on this day wait hidden for the next ones */
  {
    GHashTableIter iter;
    CardInfo *info;

    g_hash_table_iter_init (&iter, old_cards);
    while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &info))
      retire_card (self, info);
  }

  /* Rows align to the zoom; sessions outside the day's hours widen the view */
  podium_grid_layout_set_bounds (&self->layout, first, last);

  assign_lanes (self);
  if (self->focus_pending)
    {
      g_autoptr(PodiumSession) session = g_steal_pointer (&self->focus_pending);
      CardInfo *info = g_hash_table_lookup (self->cards, session);

      if (info)
        {
          gtk_widget_grab_focus (realize_card (self, info));
          self->follow_focus = TRUE;
        }
    }
  ensure_cards (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (self->body_layer);
}

GtkWidget *
podium_schedule_grid_get_card (PodiumScheduleGrid *self,
                               PodiumSession      *session)
{
  CardInfo *info;

  g_return_val_if_fail (PODIUM_IS_SCHEDULE_GRID (self), NULL);

  info = session ? g_hash_table_lookup (self->cards, session) : NULL;
  return info ? realize_card (self, info) : NULL;
}

void
podium_schedule_grid_set_conflict_func (PodiumScheduleGrid *self,
                                        PodiumConflictFunc  func,
                                        gpointer            user_data)
{
  g_return_if_fail (PODIUM_IS_SCHEDULE_GRID (self));

  self->conflict_func = func;
  self->conflict_data = user_data;
}

void
podium_schedule_grid_dump_geometry (PodiumScheduleGrid *self,
                                    GString            *out)
{
  GHashTableIter iter;
  CardInfo *info;
  double h;

  g_return_if_fail (PODIUM_IS_SCHEDULE_GRID (self));

  h = hvalue (self);
  for (guint i = 0; i < self->rooms->len; i++)
    g_string_append_printf (out, "room %s %d %d %d %d\n",
                            podium_object_get_id (g_ptr_array_index (self->rooms, i)),
                            (int) (AXIS_WIDTH + i * self->layout.column_width - h), 0,
                            self->layout.column_width, self->header_height);

  g_hash_table_iter_init (&iter, self->cards);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &info))
    {
      graphene_rect_t rect;

      info_rect (self, info, &rect);
      g_string_append_printf (out, "card %s %d %d %d %d\n",
                              podium_object_get_id (PODIUM_OBJECT (info->session)),
                              (int) floor_d (AXIS_WIDTH + rect.origin.x - h),
                              (int) floor_d (self->header_height + rect.origin.y - vvalue (self)),
                              (int) rect.size.width, (int) rect.size.height);
    }
}

gboolean
podium_schedule_grid_get_point (PodiumScheduleGrid *self,
                                PodiumRoom         *room,
                                gint64              start,
                                graphene_point_t   *point)
{
  int column;

  g_return_val_if_fail (PODIUM_IS_SCHEDULE_GRID (self), FALSE);
  g_return_val_if_fail (point != NULL, FALSE);

  column = room ? GPOINTER_TO_INT (g_hash_table_lookup (self->room_columns, room)) - 1 : 0;
  if (column < 0)
    return FALSE;

  point->x = AXIS_WIDTH + column * self->layout.column_width - hvalue (self) + self->layout.column_width / 2.0;
  point->y = self->header_height + (start - self->layout.view_start) * pixels_per_minute (self) - vvalue (self);
  return TRUE;
}
