/* podium-frab-private.h — what the schedule.xml and schedule.json readers and writers share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podium-frab.h"

G_BEGIN_DECLS


/* Export: the document flattened into days, rooms and events once, then written as XML
 * or JSON by the same rules, so both files always say the same. */
typedef struct
{
  int   id;
  char *guid;
  char *name;
} FrabPerson;

typedef struct
{
  int         id;
  char       *guid;
  gint64      start;      /* for sorting */
  int         room;       /* index into FrabSchedule.rooms */
  char       *date;       /* "2023-11-20T10:00:00+01:00" */
  char       *clock;      /* "10:00" */
  int         duration;   /* minutes */
  char       *slug;
  char       *url;        /* never NULL: JSON demands one */
  gboolean    url_is_web; /* XML only takes http(s) */
  char       *type;
  const char *title;
  const char *subtitle;
  const char *track;
  const char *language;
  const char *abstract;
  const char *description;
  GPtrArray  *persons;    /* FrabPerson */
} FrabEvent;

typedef struct
{
  char *name;
  char *guid;
} FrabRoom;

typedef struct
{
  int        index;
  int        date;
  char      *date_text;
  char      *start;       /* dateTime with offset */
  char      *end;
  GPtrArray *events;      /* FrabEvent, sorted by room, then start */
} FrabDay;

typedef struct
{
  char      *title;
  char      *acronym;
  char      *description;
  char      *start;       /* dates */
  char      *end;
  char      *timeslot;    /* "00:05" */
  char      *time_zone;
  char      *url;         /* http(s) or NULL */
  char      *version;
  GPtrArray *rooms;       /* FrabRoom */
  GPtrArray *days;        /* FrabDay */
  GPtrArray *tracks;      /* char * names, sorted */
} FrabSchedule;

FrabSchedule *frab_schedule_new   (PodiumDocument            *document,
                                   const PodiumExportOptions *options);
void          frab_schedule_free  (FrabSchedule              *schedule);
char         *frab_format_duration (int                       minutes,
                                    gboolean                  clamp);
/* "Ethics, Society & Politics" → "ethics-society-politics", or NULL */
char         *frab_slugify        (const char                *text,
                                   char                       separator);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FrabSchedule, frab_schedule_free)

/* Import: the readers fill these in as the file says, and frab_import_build() does the
 * interpretation (time zones, days past midnight, people, rooms) once for both. */
typedef struct
{
  char *id;
  char *guid;
  char *code;
  char *name;
} FrabImportPerson;

typedef struct
{
  char      *id;
  char      *guid;
  char      *code;
  char      *title;
  char      *subtitle;
  char      *type;
  char      *track;
  char      *language;
  char      *abstract;
  char      *description;
  char      *slug;
  char      *url;
  char      *room;
  char      *date;        /* absolute dateTime, perhaps with an offset */
  char      *end;         /* schedule2: absolute end */
  char      *start;       /* clock time "HH:MM" */
  char      *duration;    /* "H:MM[:SS]" */
  int        day;         /* the date of the <day> it sits in, or PODIUM_DATE_NONE */
  GPtrArray *persons;     /* FrabImportPerson */
} FrabImportEvent;

typedef struct
{
  int   date;
  char *start;
  char *end;
} FrabImportDay;

typedef struct
{
  char       *title;
  char       *subtitle;
  char       *acronym;
  char       *description;
  char       *start;
  char       *end;
  char       *time_zone;
  char       *day_change;
  char       *timeslot;
  char       *url;
  char       *venue;
  char       *city;
  GPtrArray  *rooms;      /* FrabRoom, as declared */
  GPtrArray  *days;       /* FrabImportDay */
  GPtrArray  *events;     /* FrabImportEvent */
} FrabImport;

FrabImport       *frab_import_new        (void);
void              frab_import_free       (FrabImport      *import);
FrabImportEvent  *frab_import_add_event  (FrabImport      *import);
FrabImportPerson *frab_import_add_person (FrabImportEvent *event);
void              frab_import_add_room   (FrabImport      *import,
                                          const char      *name,
                                          const char      *guid);
/* Trimmed copy of @text, NULL when empty */
char             *frab_text              (const char      *text);
PodiumDocument   *frab_import_build      (FrabImport      *import,
                                          const char      *display_name,
                                          GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FrabImport, frab_import_free)

G_END_DECLS
