/* podium-participants-csv.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "podium-participants-csv.h"

#define MAX_SIZE    (32 * 1024 * 1024)
#define MAX_COLUMNS 1000
#define MAX_CELL    4096

G_DEFINE_QUARK (podium-participants-csv-error-quark, podium_participants_csv_error)

struct _PodiumCsvTable
{
  GPtrArray  *header;   /* char * */
  GPtrArray  *rows;     /* GPtrArray of char * */
  GArray     *lines;    /* guint */
  char        separator;
  const char *encoding;
};

const char *
podium_participant_field_label (PodiumParticipantField field)
{
  switch (field)
    {
    case PODIUM_PARTICIPANT_FIELD_IGNORE:        return _("Do not import");
    case PODIUM_PARTICIPANT_FIELD_NAME:          return _("Name");
    case PODIUM_PARTICIPANT_FIELD_FIRST_NAME:    return _("First name");
    case PODIUM_PARTICIPANT_FIELD_LAST_NAME:     return _("Last name");
    case PODIUM_PARTICIPANT_FIELD_EMAIL:         return _("Email");
    case PODIUM_PARTICIPANT_FIELD_ORGANIZATION:  return _("Organisation");
    case PODIUM_PARTICIPANT_FIELD_POSITION:      return _("Position");
    case PODIUM_PARTICIPANT_FIELD_REGION:        return _("Region");
    case PODIUM_PARTICIPANT_FIELD_NOTES:         return _("Notes");
    case PODIUM_PARTICIPANT_FIELD_STATUS:        return _("Status");
    case PODIUM_PARTICIPANT_FIELD_FIRST_CHOICE:  return _("First choice");
    case PODIUM_PARTICIPANT_FIELD_SECOND_CHOICE: return _("Second choice");
    case PODIUM_PARTICIPANT_N_FIELDS:
    default:                                     return NULL;
    }
}

void
podium_csv_problem_free (PodiumCsvProblem *problem)
{
  if (problem == NULL)
    return;
  g_free (problem->reason);
  g_free (problem);
}

/* Reading the table */

void
podium_csv_table_free (PodiumCsvTable *table)
{
  if (table == NULL)
    return;
  g_clear_pointer (&table->header, g_ptr_array_unref);
  g_clear_pointer (&table->rows, g_ptr_array_unref);
  g_clear_pointer (&table->lines, g_array_unref);
  g_free (table);
}

/* Valid UTF-8 is taken as it is; anything else is what German spreadsheets write,
 * Windows-1252 (and the five bytes that has no character for, Latin-1) */
static char *
decode (const char  *data,
        gsize        size,
        const char **encoding)
{
  char *text;

  if (size >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      size -= 3;
    }
  if (g_utf8_validate_len (data, size, NULL))
    {
      *encoding = "UTF-8";
      return g_strndup (data, size);
    }
  *encoding = "WINDOWS-1252";
  text = g_convert (data, size, "UTF-8", "WINDOWS-1252", NULL, NULL, NULL);
  if (text == NULL)
    text = g_convert (data, size, "UTF-8", "ISO-8859-1", NULL, NULL, NULL);
  return text;
}

/* The separator of the header row, outside quotes: the most frequent of ; , and tab */
static char
detect_separator (const char *text)
{
  guint semicolons = 0, commas = 0, tabs = 0;
  gboolean quoted = FALSE;

  for (const char *p = text; *p && (quoted || (*p != '\n' && *p != '\r')); p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted && *p == ';')
        semicolons++;
      else if (!quoted && *p == ',')
        commas++;
      else if (!quoted && *p == '\t')
        tabs++;
    }
  if (tabs > semicolons && tabs > commas)
    return '\t';
  return semicolons >= commas && semicolons > 0 ? ';' : ',';
}

static gboolean
record_is_empty (GPtrArray *record)
{
  for (guint i = 0; i < record->len; i++)
    if (*g_strstrip ((char *) g_ptr_array_index (record, i)) != '\0')
      return FALSE;
  return TRUE;
}

PodiumCsvTable *
podium_csv_table_parse (GBytes  *bytes,
                        GError **error)
{
  g_autoptr(PodiumCsvTable) table = NULL;
  g_autoptr(GPtrArray) record = NULL;
  g_autoptr(GString) cell = NULL;
  g_autofree char *text = NULL;
  const char *data, *p;
  gsize size;
  guint line = 1, record_line = 1;
  gboolean quoted = FALSE;

  g_return_val_if_fail (bytes != NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  if (size > MAX_SIZE)
    {
      g_set_error (error, PODIUM_PARTICIPANTS_CSV_ERROR, PODIUM_PARTICIPANTS_CSV_ERROR_NOT_TEXT,
                   _("The file is too large for a list of registrations (%zu MB; at most %d MB)"),
                   size / (1024 * 1024), MAX_SIZE / (1024 * 1024));
      return NULL;
    }
  table = g_new0 (PodiumCsvTable, 1);
  if (size == 0 || memchr (data, '\0', size) != NULL ||
      !(text = decode (data, size, &table->encoding)))
    {
      g_set_error_literal (error, PODIUM_PARTICIPANTS_CSV_ERROR, PODIUM_PARTICIPANTS_CSV_ERROR_NOT_TEXT,
                           size == 0 ? _("The file is empty")
                                     : _("The file is not a text table (CSV)"));
      return NULL;
    }
  table->separator = detect_separator (text);
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  table->lines = g_array_new (FALSE, FALSE, sizeof (guint));

  record = g_ptr_array_new_with_free_func (g_free);
  cell = g_string_new (NULL);
  for (p = text; ; p++)
    {
      gboolean end_of_text = *p == '\0';
      gboolean end_of_record = end_of_text || (!quoted && (*p == '\n' || *p == '\r'));

      if (!end_of_text && quoted)
        {
          if (*p == '"' && p[1] == '"')
            {
              g_string_append_c (cell, '"');
              p++;
            }
          else if (*p == '"')
            quoted = FALSE;
          else
            {
              if (*p == '\n')
                line++;
              if (cell->len < MAX_CELL)
                g_string_append_c (cell, *p);
            }
          continue;
        }

      if (!end_of_record && *p == '"' && cell->len == 0)
        quoted = TRUE;
      else if (!end_of_record && *p != table->separator)
        {
          if (cell->len < MAX_CELL)
            g_string_append_c (cell, *p);
        }
      else
        {
          if (record->len < MAX_COLUMNS)
            g_ptr_array_add (record, g_strdup (cell->str));
          g_string_truncate (cell, 0);

          if (end_of_record)
            {
              if (!record_is_empty (record))
                {
                  if (table->header == NULL)
                    table->header = g_steal_pointer (&record);
                  else
                    {
                      g_ptr_array_add (table->rows, g_steal_pointer (&record));
                      g_array_append_val (table->lines, record_line);
                    }
                  record = g_ptr_array_new_with_free_func (g_free);
                }
              else
                g_ptr_array_set_size (record, 0);

              if (end_of_text)
                break;
              if (*p == '\r' && p[1] == '\n')
                p++;
              line++;
              record_line = line;
            }
        }
    }

  if (table->header == NULL)
    {
      g_set_error_literal (error, PODIUM_PARTICIPANTS_CSV_ERROR, PODIUM_PARTICIPANTS_CSV_ERROR_NOT_TEXT,
                           _("The file has no header row"));
      return NULL;
    }
  return g_steal_pointer (&table);
}

guint
podium_csv_table_get_n_columns (PodiumCsvTable *table)
{
  g_return_val_if_fail (table != NULL, 0);
  return table->header->len;
}

const char *
podium_csv_table_get_header (PodiumCsvTable *table,
                             guint           column)
{
  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (column < table->header->len, NULL);
  return g_ptr_array_index (table->header, column);
}

guint
podium_csv_table_get_n_rows (PodiumCsvTable *table)
{
  g_return_val_if_fail (table != NULL, 0);
  return table->rows->len;
}

const char *
podium_csv_table_get_cell (PodiumCsvTable *table,
                           guint           row,
                           guint           column)
{
  GPtrArray *record;

  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (row < table->rows->len, NULL);

  record = g_ptr_array_index (table->rows, row);
  return column < record->len ? g_ptr_array_index (record, column) : "";
}

guint
podium_csv_table_get_line (PodiumCsvTable *table,
                           guint           row)
{
  g_return_val_if_fail (table != NULL, 0);
  g_return_val_if_fail (row < table->rows->len, 0);
  return g_array_index (table->lines, guint, row);
}

char
podium_csv_table_get_separator (PodiumCsvTable *table)
{
  g_return_val_if_fail (table != NULL, ',');
  return table->separator;
}

const char *
podium_csv_table_get_encoding (PodiumCsvTable *table)
{
  g_return_val_if_fail (table != NULL, NULL);
  return table->encoding;
}

/* The mapping */

/* "E-Mail-Adresse " → "emailadresse": lower case, letters and digits only */
static char *
normalize (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  GString *out = g_string_new (NULL);

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

typedef struct
{
  const char             *key;
  gboolean                prefix;
  PodiumParticipantField  field;
} Guess;

static const Guess guesses[] = {
  { "name", FALSE, PODIUM_PARTICIPANT_FIELD_NAME },
  { "vollername", FALSE, PODIUM_PARTICIPANT_FIELD_NAME },
  { "fullname", FALSE, PODIUM_PARTICIPANT_FIELD_NAME },
  { "teilnehmer", FALSE, PODIUM_PARTICIPANT_FIELD_NAME },
  { "teilnehmerin", FALSE, PODIUM_PARTICIPANT_FIELD_NAME },
  { "participant", FALSE, PODIUM_PARTICIPANT_FIELD_NAME },
  { "vorname", FALSE, PODIUM_PARTICIPANT_FIELD_FIRST_NAME },
  { "firstname", FALSE, PODIUM_PARTICIPANT_FIELD_FIRST_NAME },
  { "givenname", FALSE, PODIUM_PARTICIPANT_FIELD_FIRST_NAME },
  { "nachname", FALSE, PODIUM_PARTICIPANT_FIELD_LAST_NAME },
  { "familienname", FALSE, PODIUM_PARTICIPANT_FIELD_LAST_NAME },
  { "lastname", FALSE, PODIUM_PARTICIPANT_FIELD_LAST_NAME },
  { "surname", FALSE, PODIUM_PARTICIPANT_FIELD_LAST_NAME },
  { "email", TRUE, PODIUM_PARTICIPANT_FIELD_EMAIL },
  { "mail", FALSE, PODIUM_PARTICIPANT_FIELD_EMAIL },
  { "organisation", FALSE, PODIUM_PARTICIPANT_FIELD_ORGANIZATION },
  { "organization", FALSE, PODIUM_PARTICIPANT_FIELD_ORGANIZATION },
  { "institution", FALSE, PODIUM_PARTICIPANT_FIELD_ORGANIZATION },
  { "einrichtung", FALSE, PODIUM_PARTICIPANT_FIELD_ORGANIZATION },
  { "firma", FALSE, PODIUM_PARTICIPANT_FIELD_ORGANIZATION },
  { "unternehmen", FALSE, PODIUM_PARTICIPANT_FIELD_ORGANIZATION },
  { "behörde", FALSE, PODIUM_PARTICIPANT_FIELD_ORGANIZATION },
  { "company", FALSE, PODIUM_PARTICIPANT_FIELD_ORGANIZATION },
  { "funktion", FALSE, PODIUM_PARTICIPANT_FIELD_POSITION },
  { "position", FALSE, PODIUM_PARTICIPANT_FIELD_POSITION },
  { "jobtitle", FALSE, PODIUM_PARTICIPANT_FIELD_POSITION },
  { "region", FALSE, PODIUM_PARTICIPANT_FIELD_REGION },
  { "land", FALSE, PODIUM_PARTICIPANT_FIELD_REGION },
  { "bundesland", FALSE, PODIUM_PARTICIPANT_FIELD_REGION },
  { "country", FALSE, PODIUM_PARTICIPANT_FIELD_REGION },
  { "notes", FALSE, PODIUM_PARTICIPANT_FIELD_NOTES },
  { "notizen", FALSE, PODIUM_PARTICIPANT_FIELD_NOTES },
  { "anmerkungen", FALSE, PODIUM_PARTICIPANT_FIELD_NOTES },
  { "bemerkungen", FALSE, PODIUM_PARTICIPANT_FIELD_NOTES },
  { "kommentar", FALSE, PODIUM_PARTICIPANT_FIELD_NOTES },
  { "status", FALSE, PODIUM_PARTICIPANT_FIELD_STATUS },
  { "erstwunsch", TRUE, PODIUM_PARTICIPANT_FIELD_FIRST_CHOICE },
  { "firstchoice", TRUE, PODIUM_PARTICIPANT_FIELD_FIRST_CHOICE },
  { "zweitwunsch", TRUE, PODIUM_PARTICIPANT_FIELD_SECOND_CHOICE },
  { "secondchoice", TRUE, PODIUM_PARTICIPANT_FIELD_SECOND_CHOICE },
};

PodiumParticipantField *
podium_participants_csv_guess_mapping (PodiumCsvTable *table)
{
  PodiumParticipantField *mapping;
  gboolean has_first_name = FALSE;
  guint n;

  g_return_val_if_fail (table != NULL, NULL);

  n = table->header->len;
  mapping = g_new0 (PodiumParticipantField, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *key = normalize (g_ptr_array_index (table->header, i));

      for (guint k = 0; k < G_N_ELEMENTS (guesses); k++)
        if (guesses[k].prefix ? g_str_has_prefix (key, guesses[k].key)
                              : g_str_equal (key, guesses[k].key))
          {
            mapping[i] = guesses[k].field;
            break;
          }
      has_first_name |= mapping[i] == PODIUM_PARTICIPANT_FIELD_FIRST_NAME;
    }

  /* Beside "Vorname", "Name" is the last name; and each field but the choices once */
  for (guint i = 0; i < n; i++)
    {
      if (has_first_name && mapping[i] == PODIUM_PARTICIPANT_FIELD_NAME)
        mapping[i] = PODIUM_PARTICIPANT_FIELD_LAST_NAME;
      if (mapping[i] == PODIUM_PARTICIPANT_FIELD_FIRST_CHOICE ||
          mapping[i] == PODIUM_PARTICIPANT_FIELD_SECOND_CHOICE)
        continue;
      for (guint j = 0; j < i; j++)
        if (mapping[j] == mapping[i])
          mapping[i] = PODIUM_PARTICIPANT_FIELD_IGNORE;
    }
  return mapping;
}

/* Importing */

typedef struct
{
  PodiumDocument *document;
  GPtrArray      *blocks;
  GPtrArray      *problems;
  guint           line;
} Import;

static void
add_problem (Import     *im,
             const char *format,
             ...) G_GNUC_PRINTF (2, 3);

static void
add_problem (Import     *im,
             const char *format,
             ...)
{
  PodiumCsvProblem *problem = g_new0 (PodiumCsvProblem, 1);
  va_list args;

  va_start (args, format);
  problem->line = im->line;
  problem->reason = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (im->problems, problem);
}

static gboolean
same_text (const char *a,
           const char *b)
{
  g_autofree char *fa = NULL;
  g_autofree char *fb = NULL;

  if (a == NULL || b == NULL)
    return FALSE;
  fa = g_utf8_casefold (a, -1);
  fb = g_utf8_casefold (b, -1);
  return g_str_equal (g_strstrip (fa), g_strstrip (fb));
}

/* The sessions of @block that @text names, by title, else by room name */
static void
find_in_block (PodiumParallelBlock *block,
               const char          *text,
               GPtrArray           *found)
{
  guint before = found->len;

  for (guint i = 0; i < block->sessions->len; i++)
    if (same_text (podium_session_get_title (g_ptr_array_index (block->sessions, i)), text))
      g_ptr_array_add (found, g_ptr_array_index (block->sessions, i));
  if (found->len > before)
    return;
  for (guint i = 0; i < block->sessions->len; i++)
    {
      PodiumRoom *room = podium_session_get_room (g_ptr_array_index (block->sessions, i));

      if (same_text (podium_room_get_name (room), text))
        g_ptr_array_add (found, g_ptr_array_index (block->sessions, i));
    }
}

/* The session a choice names: in the @nth block first, else in any one */
static PodiumSession *
resolve_choice (Import     *im,
                const char *text,
                guint       nth,
                PodiumParallelBlock **block_out)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  if (nth < im->blocks->len)
    find_in_block (g_ptr_array_index (im->blocks, nth), text, found);
  if (found->len == 1)
    {
      *block_out = g_ptr_array_index (im->blocks, nth);
      return g_ptr_array_index (found, 0);
    }
  if (found->len == 0)
    for (guint b = 0; b < im->blocks->len; b++)
      find_in_block (g_ptr_array_index (im->blocks, b), text, found);

  if (found->len == 0)
    /* TRANSLATORS: a choice in the registration list names no session or room */
    add_problem (im, _("no session or room “%s” in a parallel block"), text);
  else if (found->len > 1)
    add_problem (im, _("“%s” names %u sessions; give the session’s title"), text, found->len);
  else
    {
      for (guint b = 0; b < im->blocks->len; b++)
        if (podium_parallel_block_contains (g_ptr_array_index (im->blocks, b),
                                            g_ptr_array_index (found, 0)))
          *block_out = g_ptr_array_index (im->blocks, b);
      return g_ptr_array_index (found, 0);
    }
  return NULL;
}

static gboolean
parse_status (const char              *text,
              PodiumParticipantStatus *status)
{
  static const struct { const char *key; PodiumParticipantStatus status; } names[] = {
    { "registered", PODIUM_PARTICIPANT_REGISTERED },
    { "angemeldet", PODIUM_PARTICIPANT_REGISTERED },
    { "attended", PODIUM_PARTICIPANT_ATTENDED },
    { "teilgenommen", PODIUM_PARTICIPANT_ATTENDED },
    { "anwesend", PODIUM_PARTICIPANT_ATTENDED },
    { "cancelled", PODIUM_PARTICIPANT_CANCELLED },
    { "canceled", PODIUM_PARTICIPANT_CANCELLED },
    { "storniert", PODIUM_PARTICIPANT_CANCELLED },
    { "abgesagt", PODIUM_PARTICIPANT_CANCELLED },
  };
  g_autofree char *key = normalize (text);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *label = normalize (podium_participant_status_label (names[i].status));

      if (g_str_equal (key, names[i].key) || g_str_equal (key, label))
        {
          *status = names[i].status;
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
looks_like_email (const char *text)
{
  const char *at = strchr (text, '@');

  return at != NULL && at != text && at[1] != '\0' && strchr (at + 1, '@') == NULL &&
         strpbrk (text, " \t,;<>") == NULL;
}

static PodiumOrganization *
find_organization (PodiumDocument *document,
                   const char     *text)
{
  GListModel *organizations = podium_document_get_organizations (document);

  for (guint i = 0; i < g_list_model_get_n_items (organizations); i++)
    {
      g_autoptr(PodiumOrganization) organization = g_list_model_get_item (organizations, i);

      if (same_text (podium_organization_get_name (organization), text) ||
          same_text (podium_organization_get_short_name (organization), text))
        return organization;   /* the document holds it */
    }
  return NULL;
}

/* One row, checked, before anything changes */
typedef struct
{
  PodiumParticipant *existing;
  char              *name;
  char              *email;
  const char        *text[PODIUM_PARTICIPANT_N_FIELDS];
  gboolean           has_status;
  PodiumParticipantStatus status;
  GPtrArray         *choices[2];  /* PodiumSession, with the block in @blocks */
  GPtrArray         *blocks[2];
} Row;

static void
row_free (Row *row)
{
  g_free (row->name);
  g_free (row->email);
  for (guint k = 0; k < 2; k++)
    {
      g_clear_pointer (&row->choices[k], g_ptr_array_unref);
      g_clear_pointer (&row->blocks[k], g_ptr_array_unref);
    }
  g_free (row);
}

static Row *
check_row (Import                       *im,
           PodiumCsvTable               *table,
           guint                         index,
           const PodiumParticipantField *mapping,
           GHashTable                   *emails)
{
  GPtrArray *record = g_ptr_array_index (table->rows, index);
  Row *row = g_new0 (Row, 1);
  const char *first_name = NULL, *last_name = NULL;
  guint nth[2] = { 0, 0 };
  guint problems = im->problems->len;
  g_autofree char *folded = NULL;

  im->line = podium_csv_table_get_line (table, index);
  row->choices[0] = g_ptr_array_new ();
  row->choices[1] = g_ptr_array_new ();
  row->blocks[0] = g_ptr_array_new ();
  row->blocks[1] = g_ptr_array_new ();

  if (record->len > table->header->len)
    add_problem (im, _("%u fields, but the header has %u"), record->len, table->header->len);

  for (guint c = 0; c < table->header->len; c++)
    {
      /* the table's own (writable) text, trimmed in place */
      const char *value = c < record->len ? g_strstrip (g_ptr_array_index (record, c)) : "";
      PodiumParticipantField field = mapping[c];

      if (field <= PODIUM_PARTICIPANT_FIELD_IGNORE || field >= PODIUM_PARTICIPANT_N_FIELDS)
        continue;
      if (field == PODIUM_PARTICIPANT_FIELD_FIRST_CHOICE || field == PODIUM_PARTICIPANT_FIELD_SECOND_CHOICE)
        {
          guint k = field == PODIUM_PARTICIPANT_FIELD_FIRST_CHOICE ? 0 : 1;
          PodiumParallelBlock *block = NULL;
          PodiumSession *session;

          if (*value != '\0' && (session = resolve_choice (im, value, nth[k], &block)))
            {
              g_ptr_array_add (row->choices[k], session);
              g_ptr_array_add (row->blocks[k], block);
            }
          nth[k]++;
          continue;
        }
      if (field == PODIUM_PARTICIPANT_FIELD_FIRST_NAME)
        first_name = value;
      else if (field == PODIUM_PARTICIPANT_FIELD_LAST_NAME)
        last_name = value;
      row->text[field] = value;
    }

  if (row->text[PODIUM_PARTICIPANT_FIELD_NAME] && *row->text[PODIUM_PARTICIPANT_FIELD_NAME])
    row->name = g_strdup (row->text[PODIUM_PARTICIPANT_FIELD_NAME]);
  else if ((first_name && *first_name) || (last_name && *last_name))
    row->name = g_strstrip (g_strjoin (" ", first_name ? first_name : "", last_name ? last_name : "", NULL));
  if (row->name == NULL)
    add_problem (im, _("no name"));

  row->email = g_strdup (row->text[PODIUM_PARTICIPANT_FIELD_EMAIL]);
  if (row->email == NULL || *row->email == '\0')
    add_problem (im, _("no e-mail address"));
  else if (!looks_like_email (row->email))
    add_problem (im, _("“%s” is not an e-mail address"), row->email);
  else
    {
      folded = g_utf8_casefold (row->email, -1);
      if (g_hash_table_contains (emails, folded))
        add_problem (im, _("the e-mail address %s is also on line %u"), row->email,
                     GPOINTER_TO_UINT (g_hash_table_lookup (emails, folded)));
      else
        g_hash_table_insert (emails, g_steal_pointer (&folded), GUINT_TO_POINTER (im->line));
      row->existing = podium_participants_find_by_email (im->document, row->email);
    }

  if (row->text[PODIUM_PARTICIPANT_FIELD_STATUS] && *row->text[PODIUM_PARTICIPANT_FIELD_STATUS])
    {
      row->has_status = parse_status (row->text[PODIUM_PARTICIPANT_FIELD_STATUS], &row->status);
      if (!row->has_status)
        add_problem (im, _("unknown status “%s”"), row->text[PODIUM_PARTICIPANT_FIELD_STATUS]);
    }

  if (im->problems->len > problems)
    g_clear_pointer (&row, row_free);
  return row;
}

static void
set_text (PodiumDocument    *document,
          PodiumParticipant *participant,
          const char        *property,
          const char        *value)
{
  if (value != NULL)
    podium_document_edit (document, participant, property, *value ? value : NULL, NULL);
}

static void
apply_row (Import *im,
           Row    *row)
{
  PodiumDocument *document = im->document;
  PodiumParticipant *p = row->existing;
  const char *organization = row->text[PODIUM_PARTICIPANT_FIELD_ORGANIZATION];

  if (p == NULL)
    {
      g_autoptr(PodiumParticipant) created = podium_participant_new ();

      g_object_set (created, "name", row->name, "email", row->email, NULL);
      podium_document_add (document, created);
      p = created;   /* the document holds it now */
    }
  else
    podium_document_edit (document, p, "name", row->name, "email", row->email, NULL);

  if (organization != NULL)
    {
      PodiumOrganization *found = *organization ? find_organization (document, organization) : NULL;

      podium_document_edit (document, p,
                            "organization", found,
                            "organization-name", found || !*organization ? NULL : organization,
                            NULL);
    }
  set_text (document, p, "position", row->text[PODIUM_PARTICIPANT_FIELD_POSITION]);
  set_text (document, p, "region", row->text[PODIUM_PARTICIPANT_FIELD_REGION]);
  set_text (document, p, "notes", row->text[PODIUM_PARTICIPANT_FIELD_NOTES]);
  if (row->has_status)
    podium_document_edit (document, p, "status", row->status, NULL);

  for (guint k = 0; k < 2; k++)
    for (guint i = 0; i < row->choices[k]->len; i++)
      podium_document_set_participant_choice (document, p, g_ptr_array_index (row->blocks[k], i),
                                              k + 1, g_ptr_array_index (row->choices[k], i));
}

gboolean
podium_participants_csv_import (PodiumDocument               *document,
                                PodiumCsvTable               *table,
                                const PodiumParticipantField *mapping,
                                PodiumCsvImportCounts        *counts,
                                GPtrArray                   **problems,
                                GError                      **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  g_autoptr(GHashTable) emails = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gboolean has_name = FALSE, has_email = FALSE;
  Import im = { 0 };

  g_return_val_if_fail (PODIUM_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (table != NULL, FALSE);
  g_return_val_if_fail (mapping != NULL, FALSE);

  if (counts)
    *counts = (PodiumCsvImportCounts) { 0 };
  if (problems)
    *problems = NULL;

  for (guint c = 0; c < table->header->len; c++)
    {
      has_name |= mapping[c] == PODIUM_PARTICIPANT_FIELD_NAME ||
                  mapping[c] == PODIUM_PARTICIPANT_FIELD_FIRST_NAME ||
                  mapping[c] == PODIUM_PARTICIPANT_FIELD_LAST_NAME;
      has_email |= mapping[c] == PODIUM_PARTICIPANT_FIELD_EMAIL;
    }
  if (!has_name || !has_email)
    {
      g_set_error_literal (error, PODIUM_PARTICIPANTS_CSV_ERROR, PODIUM_PARTICIPANTS_CSV_ERROR_MAPPING,
                           !has_name ? _("Choose the column that holds the name")
                                     : _("Choose the column that holds the e-mail address"));
      return FALSE;
    }

  im.document = document;
  im.blocks = podium_parallel_blocks (document);
  im.problems = g_ptr_array_new_with_free_func ((GDestroyNotify) podium_csv_problem_free);

  for (guint i = 0; i < table->rows->len; i++)
    {
      Row *row = check_row (&im, table, i, mapping, emails);

      if (row != NULL)
        g_ptr_array_add (rows, row);
    }

  if (im.problems->len > 0)
    {
      g_set_error (error, PODIUM_PARTICIPANTS_CSV_ERROR, PODIUM_PARTICIPANTS_CSV_ERROR_ROWS,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%u row cannot be imported; nothing was imported",
                                "%u rows cannot be imported; nothing was imported",
                                im.problems->len),
                   im.problems->len);
      if (problems)
        *problems = g_steal_pointer (&im.problems);
      g_clear_pointer (&im.problems, g_ptr_array_unref);
      g_clear_pointer (&im.blocks, g_ptr_array_unref);
      return FALSE;
    }

  podium_document_begin (document, _("Import Participants"));
  for (guint i = 0; i < rows->len; i++)
    {
      Row *row = g_ptr_array_index (rows, i);

      if (counts && row->existing)
        counts->updated++;
      else if (counts)
        counts->added++;
      apply_row (&im, row);
    }
  podium_document_end (document);

  g_clear_pointer (&im.problems, g_ptr_array_unref);
  g_clear_pointer (&im.blocks, g_ptr_array_unref);
  return TRUE;
}

/* The export */

/* As the sessions CSV: a field a spreadsheet would run as a formula starts with ' */
static void
append_field (GString    *out,
              const char *text)
{
  gboolean quote;
  const char *p = text;

  if (out->len > 0 && out->str[out->len - 1] != '\n')
    g_string_append_c (out, ',');
  if (text == NULL)
    return;

  quote = strpbrk (text, ",;\"\r\n") != NULL;
  if (quote)
    g_string_append_c (out, '"');
  while (*p == ' ')
    p++;
  if (text[0] == '\t' || text[0] == '\r' || *p == '=' || *p == '+' || *p == '-' || *p == '@')
    g_string_append_c (out, '\'');
  for (p = text; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  if (quote)
    g_string_append_c (out, '"');
}

static const char *
title_of (PodiumSession *session)
{
  return session ? podium_session_get_title (session) : NULL;
}

GBytes *
podium_participants_csv_export (PodiumDocument            *document,
                                const PodiumExportOptions *options,
                                GError                   **error)
{
  static const char * const header[] = {
    "name", "organization", "position", "email", "region", "notes", "status",
  };
  g_autoptr(GPtrArray) blocks = NULL;
  GListModel *participants;
  GString *out;
  gsize length;

  g_return_val_if_fail (PODIUM_IS_DOCUMENT (document), NULL);

  blocks = podium_parallel_blocks (document);
  participants = podium_document_get_participants (document);

  out = g_string_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (header); i++)
    append_field (out, header[i]);
  for (guint b = 0; b < blocks->len; b++)
    {
      g_autofree char *first = g_strdup_printf ("first choice %u", b + 1);
      g_autofree char *second = g_strdup_printf ("second choice %u", b + 1);
      g_autofree char *assigned = g_strdup_printf ("assigned %u", b + 1);

      append_field (out, first);
      append_field (out, second);
      append_field (out, assigned);
    }
  g_string_append (out, "\r\n");

  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      g_autoptr(PodiumParticipant) p = g_list_model_get_item (participants, i);

      append_field (out, podium_participant_get_name (p));
      append_field (out, podium_participant_get_organization_label (p));
      append_field (out, podium_participant_get_position (p));
      append_field (out, podium_participant_get_email (p));
      append_field (out, podium_participant_get_region (p));
      append_field (out, podium_participant_get_notes (p));
      append_field (out, podium_enum_to_nick (PODIUM_TYPE_PARTICIPANT_STATUS,
                                              podium_participant_get_status (p)));
      for (guint b = 0; b < blocks->len; b++)
        {
          PodiumParallelBlock *block = g_ptr_array_index (blocks, b);

          append_field (out, title_of (podium_participant_get_choice (p, block, 1)));
          append_field (out, title_of (podium_participant_get_choice (p, block, 2)));
          append_field (out, title_of (podium_participant_get_assigned_in (p, block)));
        }
      g_string_append (out, "\r\n");
    }

  length = out->len;
  return g_bytes_new_take (g_string_free (out, FALSE), length);
}
