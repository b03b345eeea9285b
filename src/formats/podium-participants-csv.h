/* podium-participants-csv.h — registrations from a spreadsheet, and the list back out
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podium-export.h"

G_BEGIN_DECLS

/* What a column of the registration spreadsheet holds */
typedef enum
{
  PODIUM_PARTICIPANT_FIELD_IGNORE,
  PODIUM_PARTICIPANT_FIELD_NAME,
  PODIUM_PARTICIPANT_FIELD_FIRST_NAME,     /* joined with the last name */
  PODIUM_PARTICIPANT_FIELD_LAST_NAME,
  PODIUM_PARTICIPANT_FIELD_EMAIL,
  PODIUM_PARTICIPANT_FIELD_ORGANIZATION,   /* an organisation of the plan by name, else free text */
  PODIUM_PARTICIPANT_FIELD_POSITION,
  PODIUM_PARTICIPANT_FIELD_REGION,
  PODIUM_PARTICIPANT_FIELD_NOTES,
  PODIUM_PARTICIPANT_FIELD_STATUS,
  PODIUM_PARTICIPANT_FIELD_FIRST_CHOICE,   /* a session title or a room name */
  PODIUM_PARTICIPANT_FIELD_SECOND_CHOICE,
  PODIUM_PARTICIPANT_N_FIELDS
} PodiumParticipantField;

/* The field's name as a mapping drop-down shows it, translated */
const char *podium_participant_field_label (PodiumParticipantField field);

#define PODIUM_PARTICIPANTS_CSV_ERROR (podium_participants_csv_error_quark ())
GQuark podium_participants_csv_error_quark (void);

typedef enum
{
  PODIUM_PARTICIPANTS_CSV_ERROR_NOT_TEXT,  /* not a table Podium can read */
  PODIUM_PARTICIPANTS_CSV_ERROR_MAPPING,   /* no name or no e-mail column chosen */
  PODIUM_PARTICIPANTS_CSV_ERROR_ROWS,      /* rows with problems: see the problems list */
} PodiumParticipantsCsvError;

/* A table read from a CSV file: the header row and the records */
typedef struct _PodiumCsvTable PodiumCsvTable;

/**
 * podium_csv_table_parse:
 * @bytes: the file's contents
 *
 * Reads a CSV file as spreadsheets write it: separated by commas or semicolons (or
 * tabs; the most frequent in the header row), fields in double quotes where needed,
 * any line ending; UTF-8 (with or without a byte-order mark) when the bytes are valid
 * UTF-8, else Windows-1252. The first row is the header.
 *
 * Returns: (transfer full): the table, or %NULL with @error for a file that is empty,
 *   too large or holds NUL bytes
 */
PodiumCsvTable *podium_csv_table_parse         (GBytes          *bytes,
                                                GError         **error);
void            podium_csv_table_free          (PodiumCsvTable  *table);
guint           podium_csv_table_get_n_columns (PodiumCsvTable  *table);
const char     *podium_csv_table_get_header    (PodiumCsvTable  *table,
                                                guint            column);
/* The records after the header (empty lines are skipped) */
guint           podium_csv_table_get_n_rows    (PodiumCsvTable  *table);
/* "" for a field missing at the end of a short row; for the preview take the first rows */
const char     *podium_csv_table_get_cell      (PodiumCsvTable  *table,
                                                guint            row,
                                                guint            column);
/* The file's line a record starts on, from 1 */
guint           podium_csv_table_get_line      (PodiumCsvTable  *table,
                                                guint            row);
/* ',' ';' or '\t' */
char            podium_csv_table_get_separator (PodiumCsvTable  *table);
/* "UTF-8" or "WINDOWS-1252" */
const char     *podium_csv_table_get_encoding  (PodiumCsvTable  *table);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PodiumCsvTable, podium_csv_table_free)

/* The field each column's header suggests (German or English: "Vorname", "E-Mail",
 * "Institution", "Erstwunsch", "first choice" …). (transfer full) (array length=n_columns) */
PodiumParticipantField *podium_participants_csv_guess_mapping (PodiumCsvTable *table);

/* A row that cannot be imported */
typedef struct
{
  guint  line;
  char  *reason;   /* translated: "no e-mail address" */
} PodiumCsvProblem;

void podium_csv_problem_free (PodiumCsvProblem *problem);

typedef struct
{
  guint added;
  guint updated;
} PodiumCsvImportCounts;

/**
 * podium_participants_csv_import:
 * @mapping: (array length=n_columns): the field of each column
 * @counts: (out) (optional): how many participants were added and updated
 * @problems: (out) (optional) (transfer container) (element-type PodiumCsvProblem): on
 *   %PODIUM_PARTICIPANTS_CSV_ERROR_ROWS, every bad row with its line and reason
 *
 * Imports the rows as participants, in one undo step, all or nothing: a row whose
 * e-mail (compared without case) is a participant's already updates that participant's
 * mapped fields, any other is added. Choices are session titles or room names: the
 * n-th column of first (second) choices is looked up in the n-th parallel block first,
 * then in every block. A row without a name or e-mail, with an e-mail that is no
 * address or appears twice, an unknown status or a choice that names no session or
 * several, or more fields than the header is a problem, and then nothing is imported.
 *
 * Returns: whether the rows were imported
 */
gboolean podium_participants_csv_import (PodiumDocument               *document,
                                         PodiumCsvTable               *table,
                                         const PodiumParticipantField *mapping,
                                         PodiumCsvImportCounts        *counts,
                                         GPtrArray                   **problems,
                                         GError                      **error);

/* The participants as a CSV for the organisers (UTF-8, comma-separated, a header of
 * field names the import recognises): name, organisation, position, e-mail, region,
 * notes, status, then each parallel block's first and second choice and assignment. */
GBytes *podium_participants_csv_export (PodiumDocument            *document,
                                        const PodiumExportOptions *options,
                                        GError                   **error);

G_END_DECLS
