/* podium-time.h — dates and times as the document file writes them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A time is a naive local time in minutes since 1970-01-01 00:00 (PODIUM_TIME_NONE when
 * unset); a date is days since 1970-01-01; a clock time is minutes since midnight.
 * Every parser is strict: "2023-02-30", "24:00" and "9:00" are refused.
 */
/* Every date Podium writes lies in the years 1 to 9999 ("0001-01-01" to "9999-12-31"). A
 * session starts and ends a day inside them, so that it stays in them in every time zone
 * (iCalendar writes it in UTC).
 */
#define PODIUM_DATE_FIRST (-719162)
#define PODIUM_DATE_LAST  2932896
gboolean  podium_time_session_fits    (gint64      start,
                                       int         duration);

gboolean  podium_time_parse_date      (const char *text,
                                       int        *date);
gboolean  podium_time_parse_clock     (const char *text,
                                       int        *minutes);
gboolean  podium_time_parse           (const char *text,
                                       gint64     *time);

char     *podium_time_format_date     (int         date);   /* "2023-11-20" */
char     *podium_time_format_clock    (int         minutes); /* "09:30" */
char     *podium_time_format          (gint64      time);    /* "2023-11-20T09:30" */

gint64    podium_time_from_date       (int         date,
                                       int         minutes);
int       podium_time_get_date        (gint64      time);
int       podium_time_get_clock       (gint64      time);

/* (transfer full): @time as a GDateTime in @tz (a local "wall clock" reading) */
GDateTime *podium_time_to_date_time   (gint64      time,
                                       GTimeZone  *tz);
/* The day of the week of @date, 1 = Monday … 7 = Sunday */
int       podium_time_get_weekday     (int         date);

G_END_DECLS
