/* podium-schedule.h — the rules of the conference's days: which day a time belongs to,
 * a day's hours, the sessions of a day, and how overlapping sessions share a room
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podium-document.h"

G_BEGIN_DECLS

/* Every output (the grid, the programme, HTML, iCalendar, CSV, frab, the conflicts) asks
 * these functions, so that a session at 00:30 of a day running 18:00–02:00 is on the same
 * day everywhere. They read the model and change nothing. Times and dates are those of
 * podium-time.h: minutes and days since 1970-01-01, naive local time.
 */

/**
 * podium_schedule_day_of:
 * @conference: the conference, for its `day-start` and `day-end`
 * @start: a time (not %PODIUM_TIME_NONE)
 *
 * The conference day @start belongs to. A day whose `day-end` is not after its
 * `day-start` runs past midnight, and keeps the small hours before its end: with
 * 18:00–02:00, 00:30 and 01:59 belong to the day before, 02:00 on to the day of their
 * own date. Any other time, also one before the day's start or after its end, belongs to
 * its own date. Whether that date is a day of the conference is not asked: see
 * podium_schedule_is_conference_day().
 *
 * Returns: a date
 */
int        podium_schedule_day_of            (PodiumConference *conference,
                                              gint64            start);

/**
 * podium_schedule_is_conference_day:
 * @conference: the conference
 * @date: a date
 *
 * Returns: whether @date lies within the conference's start and end date; an unset end
 *   (or start) date bounds nothing on its side.
 */
gboolean   podium_schedule_is_conference_day (PodiumConference *conference,
                                              int               date);

/**
 * podium_schedule_day_bounds:
 * @conference: the conference
 * @date: the conference day
 * @first: (out) (optional): the time the day starts, `day-start` on @date
 * @last: (out) (optional): the time it ends, `day-end` on @date or, for a day that runs
 *   past midnight (also one ending at 00:00), on the date after
 *
 * The hours of the conference day @date, [@first, @last). A day with equal `day-start`
 * and `day-end` lasts 24 hours. podium_schedule_day_of() maps every time in
 * [@first, @last) to @date.
 */
void       podium_schedule_day_bounds        (PodiumConference *conference,
                                              int               date,
                                              gint64           *first,
                                              gint64           *last);

/**
 * podium_schedule_sessions_on_day:
 * @document: the plan
 * @date: a conference day, or %PODIUM_DATE_NONE for every day
 *
 * The scheduled sessions whose start belongs to @date (podium_schedule_day_of()),
 * cancelled ones included, in the order of podium_document_list_sessions_by_time():
 * by start, then sessions in every room, then room order, then title. As a day's
 * times all come after the day before's, the sessions of every day come day by day.
 *
 * Returns: (transfer container) (element-type PodiumSession): the sessions
 */
GPtrArray *podium_schedule_sessions_on_day   (PodiumDocument   *document,
                                              int               date);

/**
 * PodiumScheduleLane:
 * @lane: the session's lane in its room, 0 the leftmost
 * @lanes: how many lanes its overlap group needs (1 when it overlaps nothing)
 *
 * Where the grid draws a session within its room's column: the column is split into
 * @lanes lanes and the session fills lane @lane.
 */
typedef struct
{
  int lane;
  int lanes;
} PodiumScheduleLane;

/**
 * podium_schedule_lay_out_lanes:
 * @document: the plan, for its rooms
 * @sessions: (element-type PodiumSession): scheduled sessions of @document, in any order
 *
 * Lays out the sessions of each room side by side where they overlap, so that none
 * hides another. An overlap group is a run of sessions of one room that overlap one
 * another transitively: with A 10:00–11:00, B 10:30–11:30 and C 11:00–12:00, A and C do
 * not overlap but all three are one group of 2 lanes, A and C in lane 0 and B in lane 1.
 * Each session takes the leftmost lane free at its start, the earlier (then the longer,
 * then the one given first) choosing first; a session ending when another starts does
 * not overlap it. Sessions in every room (or in none) lie beneath the rooms' own and
 * get lane 0 of 1, unless the plan has a single room or none: then the grid has one
 * column, and they share its lanes like any other.
 *
 * Returns: (transfer full) (element-type PodiumScheduleLane): one lane for each session,
 *   in the order of @sessions
 */
GArray    *podium_schedule_lay_out_lanes     (PodiumDocument   *document,
                                              GPtrArray        *sessions);

G_END_DECLS
