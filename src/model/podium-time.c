/* podium-time.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "podium-time.h"

#include "podium-types.h"

/* Dates stay within years 1..9999 so that every result can be formatted back */
static gboolean
parse_digits (const char *text,
              guint       n,
              int        *out)
{
  int value = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      value = value * 10 + (text[i] - '0');
    }
  *out = value;
  return TRUE;
}

static gboolean
parse_date_prefix (const char *text,
                   int        *date)
{
  int y, m, d;
  GDate gd;

  if (!parse_digits (text, 4, &y) || text[4] != '-' ||
      !parse_digits (text + 5, 2, &m) || text[7] != '-' ||
      !parse_digits (text + 8, 2, &d))
    return FALSE;
  if (y < 1 || m < 1 || m > 12 || d < 1 || !g_date_valid_dmy (d, m, y))
    return FALSE;

  g_date_clear (&gd, 1);
  g_date_set_dmy (&gd, d, m, y);
  *date = (int) g_date_get_julian (&gd) - 719163; /* julian day of 1970-01-01 */
  return TRUE;
}

static gboolean
parse_clock_prefix (const char *text,
                    int        *minutes)
{
  int h, m;

  if (!parse_digits (text, 2, &h) || text[2] != ':' || !parse_digits (text + 3, 2, &m))
    return FALSE;
  if (h > 23 || m > 59)
    return FALSE;

  *minutes = h * 60 + m;
  return TRUE;
}

gboolean
podium_time_parse_date (const char *text,
                        int        *date)
{
  int d;

  g_return_val_if_fail (text != NULL, FALSE);

  if (strlen (text) != 10 || !parse_date_prefix (text, &d))
    return FALSE;
  if (date)
    *date = d;
  return TRUE;
}

gboolean
podium_time_parse_clock (const char *text,
                         int        *minutes)
{
  int m;

  g_return_val_if_fail (text != NULL, FALSE);

  if (strlen (text) != 5 || !parse_clock_prefix (text, &m))
    return FALSE;
  if (minutes)
    *minutes = m;
  return TRUE;
}

gboolean
podium_time_parse (const char *text,
                   gint64     *time)
{
  int d, m;

  g_return_val_if_fail (text != NULL, FALSE);

  if (strlen (text) != 16 || text[10] != 'T' ||
      !parse_date_prefix (text, &d) || !parse_clock_prefix (text + 11, &m))
    return FALSE;
  if (time)
    *time = podium_time_from_date (d, m);
  return TRUE;
}

static void
date_to_gdate (int    date,
               GDate *gd)
{
  g_date_clear (gd, 1);
  g_date_set_julian (gd, (guint32) (date + 719163));
}

char *
podium_time_format_date (int date)
{
  GDate gd;

  g_return_val_if_fail (date >= PODIUM_DATE_FIRST && date <= PODIUM_DATE_LAST, NULL);

  date_to_gdate (date, &gd);
  return g_strdup_printf ("%04d-%02d-%02d",
                          g_date_get_year (&gd), g_date_get_month (&gd), g_date_get_day (&gd));
}

char *
podium_time_format_clock (int minutes)
{
  minutes = ((minutes % 1440) + 1440) % 1440;
  return g_strdup_printf ("%02d:%02d", minutes / 60, minutes % 60);
}

char *
podium_time_format (gint64 time)
{
  g_autofree char *date = NULL;
  g_autofree char *clock = NULL;

  g_return_val_if_fail (time != PODIUM_TIME_NONE, NULL);

  date = podium_time_format_date (podium_time_get_date (time));
  clock = podium_time_format_clock (podium_time_get_clock (time));
  return g_strdup_printf ("%sT%s", date, clock);
}

gboolean
podium_time_session_fits (gint64 start,
                          int    duration)
{
  return start >= podium_time_from_date (PODIUM_DATE_FIRST + 1, 0) &&
         start + duration <= podium_time_from_date (PODIUM_DATE_LAST - 1, 24 * 60);
}

gint64
podium_time_from_date (int date,
                       int minutes)
{
  return (gint64) date * 1440 + minutes;
}

int
podium_time_get_date (gint64 time)
{
  /* floor division, so times before 1970 still land on their own day */
  return (int) (time >= 0 ? time / 1440 : -((-time + 1439) / 1440));
}

int
podium_time_get_clock (gint64 time)
{
  return (int) (time - (gint64) podium_time_get_date (time) * 1440);
}

GDateTime *
podium_time_to_date_time (gint64     time,
                          GTimeZone *tz)
{
  GDate gd;
  int clock;

  g_return_val_if_fail (time != PODIUM_TIME_NONE, NULL);
  g_return_val_if_fail (tz != NULL, NULL);

  date_to_gdate (podium_time_get_date (time), &gd);
  clock = podium_time_get_clock (time);
  return g_date_time_new (tz, g_date_get_year (&gd), g_date_get_month (&gd),
                          g_date_get_day (&gd), clock / 60, clock % 60, 0);
}

int
podium_time_get_weekday (int date)
{
  GDate gd;

  date_to_gdate (date, &gd);
  return g_date_get_weekday (&gd);
}
