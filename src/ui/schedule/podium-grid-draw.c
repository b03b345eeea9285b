/* podium-grid-draw.c — what the schedule grid paints itself: the header strip and the time
 * axis, the body's shading and lines under the cards, the peek above them, and the drop
 * preview (its rectangle and label) or the room-reordering insertion line
 *
 * The grid's layers call these from their snapshot; the cards and headers draw themselves.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "podium-schedule-grid-private.h"

/* Colours */

static void
lookup_color (GtkWidget  *widget,
              const char *name,
              const char *fallback,
              GdkRGBA    *color)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), name, color))
    gdk_rgba_parse (color, fallback);
  G_GNUC_END_IGNORE_DEPRECATIONS
}

static void
foreground_color (GtkWidget *widget,
                  double     alpha,
                  GdkRGBA   *color)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), color);
  G_GNUC_END_IGNORE_DEPRECATIONS
  color->alpha *= alpha;
}

/* The body layer */

void
podium_schedule_grid_snapshot_body (PodiumScheduleGrid *self,
                                    GtkSnapshot        *snapshot)
{
  GtkWidget *body = self->body_layer;
  int width = gtk_widget_get_width (body);
  int height = gtk_widget_get_height (body);
  double h = podium_schedule_grid_hvalue (self), v = podium_schedule_grid_vvalue (self);
  int rows = (int) ((self->layout.view_end - self->layout.view_start + self->layout.zoom - 1) / self->layout.zoom);
  int first_row = MAX (0, (int) (v / ROW_HEIGHT));
  int last_row = MIN (rows, (int) ((v + height) / ROW_HEIGHT) + 1);
  int cw = podium_grid_layout_content_width (&self->layout);
  int ch = podium_grid_layout_content_height (&self->layout);
  GdkRGBA line, hour_line, shade;

  foreground_color (body, 0.07, &line);
  foreground_color (body, 0.15, &hour_line);
  foreground_color (body, 0.025, &shade);

  /* Every other column is shaded a little, so that a column reads as a room */
  for (guint c = 1; c < self->rooms->len; c += 2)
    gtk_snapshot_append_color (snapshot, &shade,
                               &GRAPHENE_RECT_INIT (c * self->layout.column_width - h, 0,
                                                    self->layout.column_width, MIN (height, ch - v)));

  for (int r = first_row; r <= last_row; r++)
    {
      gint64 time = self->layout.view_start + (gint64) r * self->layout.zoom;
      gboolean hour = podium_time_get_clock (time) % 60 == 0;
      double y = r * ROW_HEIGHT - v;

      gtk_snapshot_append_color (snapshot, hour ? &hour_line : &line,
                                 &GRAPHENE_RECT_INIT (0, y, MIN (width, cw - h), 1));
    }
  for (guint c = 1; c <= self->rooms->len; c++)
    gtk_snapshot_append_color (snapshot, &hour_line,
                               &GRAPHENE_RECT_INIT (c * self->layout.column_width - h, 0,
                                                    1, MIN (height, ch - v)));

  for (GtkWidget *child = gtk_widget_get_first_child (body);
       child;
       child = gtk_widget_get_next_sibling (child))
    if (child != self->peek)
      gtk_widget_snapshot_child (body, child, snapshot);
  if (self->peek && self->peek_placed && gtk_widget_get_child_visible (self->peek))
    gtk_widget_snapshot_child (body, self->peek, snapshot);

  if (self->preview_active)
    {
      graphene_rect_t rect;
      GskRoundedRect outline;
      GdkRGBA accent, fill, accent_fg;
      PangoLayout *layout;
      PangoRectangle extents;
      GdkRGBA borders[4];
      float widths[4] = { 2, 2, 2, 2 };

      lookup_color (body, "accent_bg_color", "#3584e4", &accent);
      lookup_color (body, "accent_fg_color", "#ffffff", &accent_fg);
      fill = accent;
      fill.alpha = 0.22;
      for (int i = 0; i < 4; i++)
        borders[i] = accent;

      podium_grid_layout_card_rect (&self->layout, self->preview_column, self->preview_span, 0, 1,
                                    self->preview_start, self->preview_end, &rect);
      rect.origin.x -= h;
      rect.origin.y -= v;
      gsk_rounded_rect_init_from_rect (&outline, &rect, 8);
      gtk_snapshot_push_rounded_clip (snapshot, &outline);
      gtk_snapshot_append_color (snapshot, &fill, &rect);
      gtk_snapshot_pop (snapshot);
      gtk_snapshot_append_border (snapshot, &outline, widths, borders);

      /* The label says where and when it lands, above the rectangle when there is room */
      layout = gtk_widget_create_pango_layout (body, self->preview_label);
      pango_layout_get_pixel_extents (layout, NULL, &extents);
      {
        double lx = rect.origin.x + 6;
        double ly = rect.origin.y - extents.height - 8;
        graphene_rect_t pill;
        GskRoundedRect pill_outline;

        if (ly < 2)
          ly = rect.origin.y + 6;
        lx = CLAMP (lx, 2, MAX (2, width - extents.width - 14));
        graphene_rect_init (&pill, lx, ly, extents.width + 12, extents.height + 6);
        gsk_rounded_rect_init_from_rect (&pill_outline, &pill, 6);
        gtk_snapshot_push_rounded_clip (snapshot, &pill_outline);
        gtk_snapshot_append_color (snapshot, &accent, &pill);
        gtk_snapshot_pop (snapshot);
        gtk_snapshot_save (snapshot);
        gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (lx + 6, ly + 3));
        gtk_snapshot_append_layout (snapshot, layout, &accent_fg);
        gtk_snapshot_restore (snapshot);
      }
      g_object_unref (layout);
    }

  if (self->insert_column >= 0)
    {
      GdkRGBA accent;

      lookup_color (body, "accent_bg_color", "#3584e4", &accent);
      gtk_snapshot_append_color (snapshot, &accent,
                                 &GRAPHENE_RECT_INIT (self->insert_column * self->layout.column_width - h - 2,
                                                      0, 4, height));
    }
}

/* The grid: its pinned strips, then the layers */

void
podium_schedule_grid_snapshot_grid (PodiumScheduleGrid *self,
                                    GtkSnapshot        *snapshot)
{
  GtkWidget *widget = GTK_WIDGET (self);
  int height = gtk_widget_get_height (widget);
  int width = gtk_widget_get_width (widget);
  int body_height = height - self->header_height;
  double v = podium_schedule_grid_vvalue (self);
  int rows = (int) ((self->layout.view_end - self->layout.view_start + self->layout.zoom - 1) / self->layout.zoom);
  int first_row = MAX (0, (int) (v / ROW_HEIGHT));
  int last_row = MIN (rows, (int) ((v + body_height) / ROW_HEIGHT) + 1);
  GdkRGBA strip, line, dim, strong;

  lookup_color (widget, "window_bg_color", "#fafafa", &strip);
  foreground_color (widget, 0.15, &line);
  foreground_color (widget, 0.55, &dim);
  foreground_color (widget, 0.9, &strong);

  /* Header strip and time axis */
  gtk_snapshot_append_color (snapshot, &strip, &GRAPHENE_RECT_INIT (0, 0, width, self->header_height));
  gtk_snapshot_append_color (snapshot, &strip, &GRAPHENE_RECT_INIT (0, 0, AXIS_WIDTH, height));
  gtk_snapshot_append_color (snapshot, &line,
                             &GRAPHENE_RECT_INIT (0, self->header_height - 1, width, 1));
  gtk_snapshot_append_color (snapshot, &line, &GRAPHENE_RECT_INIT (AXIS_WIDTH - 1, 0, 1, height));

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, self->header_height,
                                                         AXIS_WIDTH, MAX (0, body_height)));
  for (int r = first_row; r < last_row; r++)
    {
      gint64 time = self->layout.view_start + (gint64) r * self->layout.zoom;
      int clock = podium_time_get_clock (time);
      gboolean hour = clock % 60 == 0;
      g_autofree char *text = NULL;
      PangoLayout *layout;
      PangoRectangle extents;

      /* At the finest zoom only the quarter hours are named */
      if (self->layout.zoom < 15 && clock % 15 != 0)
        continue;
      text = podium_time_format_clock (clock);
      layout = gtk_widget_create_pango_layout (widget, text);
      if (hour)
        {
          PangoAttrList *attrs = pango_attr_list_new ();

          pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
          pango_layout_set_attributes (layout, attrs);
          pango_attr_list_unref (attrs);
        }
      pango_layout_get_pixel_extents (layout, NULL, &extents);
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot,
                              &GRAPHENE_POINT_INIT (AXIS_WIDTH - 10 - extents.width,
                                                    self->header_height + r * ROW_HEIGHT - v + 4));
      gtk_snapshot_append_layout (snapshot, layout, hour ? &strong : &dim);
      gtk_snapshot_restore (snapshot);
      g_object_unref (layout);
    }
  gtk_snapshot_pop (snapshot);

  gtk_widget_snapshot_child (widget, self->header_layer, snapshot);
  gtk_widget_snapshot_child (widget, self->body_layer, snapshot);
}
