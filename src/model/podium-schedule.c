/* podium-schedule.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "podium-schedule.h"

#include "podium-time.h"

/* A day that does not end after it starts runs past midnight (00:00–00:00 is 24 hours) */
static gboolean
runs_past_midnight (PodiumConference *conference)
{
  return podium_conference_get_day_end (conference) <= podium_conference_get_day_start (conference);
}

int
podium_schedule_day_of (PodiumConference *conference,
                        gint64            start)
{
  int date;

  g_return_val_if_fail (PODIUM_IS_CONFERENCE (conference), PODIUM_DATE_NONE);
  g_return_val_if_fail (start != PODIUM_TIME_NONE, PODIUM_DATE_NONE);

  date = podium_time_get_date (start);
  /* The small hours until the day's end are the evening before's; a session early in
   * the morning after that is early for its own date's day */
  if (runs_past_midnight (conference) &&
      podium_time_get_clock (start) < podium_conference_get_day_end (conference))
    date--;
  return date;
}

gboolean
podium_schedule_is_conference_day (PodiumConference *conference,
                                   int               date)
{
  int first, last;

  g_return_val_if_fail (PODIUM_IS_CONFERENCE (conference), FALSE);

  first = podium_conference_get_start_date (conference);
  last = podium_conference_get_end_date (conference);
  return date != PODIUM_DATE_NONE &&
         (first == PODIUM_DATE_NONE || date >= first) &&
         (last == PODIUM_DATE_NONE || date <= last);
}

void
podium_schedule_day_bounds (PodiumConference *conference,
                            int               date,
                            gint64           *first,
                            gint64           *last)
{
  gint64 day_start;

  g_return_if_fail (PODIUM_IS_CONFERENCE (conference));
  g_return_if_fail (date != PODIUM_DATE_NONE);

  day_start = podium_time_from_date (date, podium_conference_get_day_start (conference));
  if (first != NULL)
    *first = day_start;
  if (last != NULL)
    *last = podium_time_from_date (date + (runs_past_midnight (conference) ? 1 : 0),
                                   podium_conference_get_day_end (conference));
}

GPtrArray *
podium_schedule_sessions_on_day (PodiumDocument *document,
                                 int             date)
{
  PodiumConference *conference;
  GPtrArray *sessions;

  g_return_val_if_fail (PODIUM_IS_DOCUMENT (document), NULL);

  conference = podium_document_get_conference (document);
  sessions = podium_document_list_sessions_by_time (document);
  if (date == PODIUM_DATE_NONE)
    return sessions;

  for (guint i = sessions->len; i > 0; i--)
    {
      PodiumSession *session = g_ptr_array_index (sessions, i - 1);

      if (podium_schedule_day_of (conference, podium_session_get_start (session)) != date)
        g_ptr_array_remove_index (sessions, i - 1);
    }
  return sessions;
}

typedef struct
{
  gpointer    column;  /* the room, or the document for the one column of a room-less plan */
  gint64      start;
  gint64      end;
  guint       index;   /* in the caller's array */
} LaneItem;

static int
compare_lane_items (gconstpointer a,
                    gconstpointer b)
{
  const LaneItem *x = a;
  const LaneItem *y = b;

  /* Rooms are only told apart, so their addresses order them well enough */
  if (x->column != y->column)
    return (guintptr) x->column < (guintptr) y->column ? -1 : 1;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end > y->end ? -1 : 1;
  return x->index < y->index ? -1 : x->index > y->index;
}

GArray *
podium_schedule_lay_out_lanes (PodiumDocument *document,
                               GPtrArray      *sessions)
{
  g_autoptr(GArray) items = NULL;
  g_autoptr(GArray) lane_ends = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(PodiumRoom) only_room = NULL;
  GListModel *rooms;
  gpointer every_room = NULL;   /* the column sessions in every room share, if any */
  GArray *result;
  guint i = 0;

  g_return_val_if_fail (PODIUM_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (sessions != NULL, NULL);

  rooms = podium_document_get_rooms (document);
  if (g_list_model_get_n_items (rooms) == 1)
    every_room = only_room = g_list_model_get_item (rooms, 0);
  else if (g_list_model_get_n_items (rooms) == 0)
    every_room = document;

  result = g_array_sized_new (FALSE, TRUE, sizeof (PodiumScheduleLane), sessions->len);
  g_array_set_size (result, sessions->len);
  items = g_array_sized_new (FALSE, FALSE, sizeof (LaneItem), sessions->len);
  for (guint k = 0; k < sessions->len; k++)
    {
      PodiumSession *session = g_ptr_array_index (sessions, k);
      PodiumScheduleLane *lane = &g_array_index (result, PodiumScheduleLane, k);
      LaneItem item = { NULL, 0, 0, k };

      g_return_val_if_fail (PODIUM_IS_SESSION (session), result);

      lane->lane = 0;
      lane->lanes = 1;
      if (!podium_session_is_scheduled (session))
        continue;
      if (podium_session_get_all_rooms (session) || podium_session_get_room (session) == NULL)
        item.column = every_room;
      else
        item.column = podium_session_get_room (session);
      if (item.column == NULL)
        continue;
      item.start = podium_session_get_start (session);
      item.end = podium_session_get_end (session);
      g_array_append_val (items, item);
    }
  g_array_sort (items, compare_lane_items);

  while (i < items->len)
    {
      LaneItem *first = &g_array_index (items, LaneItem, i);
      gint64 group_end = first->end;
      guint j;

      /* The group grows while the next session starts before all of it has ended */
      g_array_set_size (lane_ends, 0);
      for (j = i; j < items->len; j++)
        {
          LaneItem *item = &g_array_index (items, LaneItem, j);
          guint lane;

          if (item->column != first->column || item->start >= group_end)
            break;
          group_end = MAX (group_end, item->end);
          for (lane = 0; lane < lane_ends->len; lane++)
            if (g_array_index (lane_ends, gint64, lane) <= item->start)
              break;
          if (lane == lane_ends->len)
            g_array_append_val (lane_ends, item->end);
          else
            g_array_index (lane_ends, gint64, lane) = item->end;
          g_array_index (result, PodiumScheduleLane, item->index).lane = (int) lane;
        }
      for (guint k = i; k < j; k++)
        g_array_index (result, PodiumScheduleLane,
                       g_array_index (items, LaneItem, k).index).lanes = (int) lane_ends->len;
      i = j;
    }

  return result;
}
