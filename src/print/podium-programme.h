/* podium-programme.h — what goes into a printed or published programme
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podium-model.h"

G_BEGIN_DECLS

/* The programme as the reader sees it, decided once for the page renderer and
 * the HTML export: days → blocks (one time slot; several rooms when sessions
 * run in parallel) → entries (one session).  Every string is final display
 * text in the language that was current when podium_programme_new() ran. */

typedef struct
{
  char *role;          /* "Moderation", "Speaker", … */
  char *name;          /* "Prof. Michael Behr", or an organisation: "ThAFF" */
  char *organization;  /* short name of the person's organisation, or NULL */
  char *position;      /* "Head of department …", or NULL */
} PodiumProgrammePerson;

typedef struct
{
  PodiumSession *session;   /* borrowed from the document */
  char *time;               /* "10:00–10:30", in the export language */
  char *room;               /* "Plenarsaal", "All rooms" */
  char *theme;              /* the room's theme, or NULL */
  char *title;
  char *subtitle;           /* or NULL */
  char *abstract;           /* the session's description, or NULL */
  char *kind;               /* "Video message", "Keynote", …, or NULL for plain talks */
  gboolean is_break;        /* breaks, meals, networking, arrival: set apart */
  gboolean is_video;
  GPtrArray *people;        /* PodiumProgrammePerson */
  PodiumOrganization *moderator; /* borrowed: the organisation that moderates, or NULL */
} PodiumProgrammeEntry;

typedef struct
{
  gint64 start;
  gint64 end;
  char *time;               /* "11:00–12:15" */
  gboolean parallel;        /* more than one room at the same start */
  gboolean is_break;        /* every entry is a break */
  GPtrArray *entries;       /* PodiumProgrammeEntry, in room order */
} PodiumProgrammeBlock;

typedef struct
{
  int date;
  char *heading;            /* "Monday, 20 November 2023" */
  GPtrArray *blocks;        /* PodiumProgrammeBlock, by start time */
} PodiumProgrammeDay;

typedef struct
{
  char *title;
  char *subtitle;           /* or NULL */
  char *dates;              /* "Monday, 20 November 2023" */
  char *venue;              /* or NULL */
  char *host;               /* full name of the host, or NULL */
  char *co_organizers;      /* "ZEFAS, FiF" or NULL */
  char *website;            /* the conference's website, or NULL */
  char *contact;            /* whom to ask, free text that may hold an e-mail address, or NULL */
  char *registration;       /* "Monday, 13 November 2023": the registration deadline, or NULL */
  char *funding_notice;     /* "Gefördert durch …", or NULL */
  char *funding_emblem;     /* its emblem's path as the plan gives it, or NULL */
  char *recording_notice;   /* photos and recordings (GDPR Art. 13), or NULL */
  GPtrArray *logos;         /* PodiumOrganization, borrowed: host, co-organisers with a logo */
  char *author;             /* the host's name for the PDF's metadata, or NULL */
  char *updated;            /* "20 November 2023": the plan's last change, or today */
  char *version;            /* "v2 — an die Ministerien versandt", or NULL */
  char *agreed;             /* "Agreed with ZEFAS, FiF" once all agreed, or NULL */
  GPtrArray *days;          /* PodiumProgrammeDay */
} PodiumProgramme;

/* Only sessions on the conference day @day (PODIUM_DATE_NONE: every day), as
 * podium_schedule_day_of() gives it; cancelled and unscheduled sessions are left out. */
PodiumProgramme *podium_programme_new  (PodiumDocument  *document,
                                        int              day);
void             podium_programme_free (PodiumProgramme *programme);

/* Sessions in time order, then room order (scheduled, not cancelled, on the conference
 * day @day) */
GPtrArray       *podium_programme_sorted_sessions (PodiumDocument *document,
                                                   int             day);
/* "20 November 2023" (the plan's last change date, or today when unset) */
char            *podium_programme_format_short_date (int date);
/* The first e-mail address in @text as a "mailto:" URI, or NULL */
char            *podium_programme_find_mail_uri (const char *text);
/* A person or organisation entry for @role, in the current language */
PodiumProgrammePerson *podium_programme_person_new  (PodiumRole            *role);
void                   podium_programme_person_free (PodiumProgrammePerson *person);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PodiumProgramme, podium_programme_free)

G_END_DECLS
