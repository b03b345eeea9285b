/* fuzz-participants-csv.c — the registration CSV reader and import under libFuzzer (or
 * replaying a corpus)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "podium-fuzz.h"
#include "podium-participants-csv.h"

/* A plan with one parallel block of two theme rooms, for the choices to name */
static PodiumDocument *
plan (void)
{
  PodiumDocument *document = podium_document_new ();

  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *name = g_strdup_printf ("Themenraum %u", i + 1);
      g_autoptr(PodiumRoom) room = g_object_new (PODIUM_TYPE_ROOM, "name", name, "capacity", 2, NULL);
      g_autoptr(PodiumSession) session = g_object_new (PODIUM_TYPE_SESSION, "title", name, NULL);

      podium_document_add (document, room);
      podium_document_add (document, session);
      podium_document_schedule (document, session, room, 28000000, 60);
    }
  return document;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(PodiumCsvTable) table = podium_csv_table_parse (bytes, &error);
  g_autoptr(PodiumDocument) document = NULL;
  g_autofree PodiumParticipantField *mapping = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  if (table == NULL)
    {
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }

  for (guint r = 0; r < podium_csv_table_get_n_rows (table); r++)
    for (guint c = 0; c < podium_csv_table_get_n_columns (table); c++)
      g_assert_true (g_utf8_validate (podium_csv_table_get_cell (table, r, c), -1, NULL));

  /* All or nothing: either every row came in, or nothing did and each problem says why */
  document = plan ();
  mapping = podium_participants_csv_guess_mapping (table);
  if (podium_participants_csv_import (document, table, mapping, NULL, &problems, &error))
    {
      g_autoptr(GBytes) exported = podium_participants_csv_export (document, NULL, NULL);

      g_assert_cmpuint (g_list_model_get_n_items (podium_document_get_participants (document)), ==,
                        podium_csv_table_get_n_rows (table));
      podium_assign_rooms (document);
      g_assert_nonnull (exported);
    }
  else
    {
      g_assert_cmpuint (g_list_model_get_n_items (podium_document_get_participants (document)), ==, 0);
      for (guint i = 0; problems && i < problems->len; i++)
        g_assert_true (g_utf8_validate (((PodiumCsvProblem *) g_ptr_array_index (problems, i))->reason, -1, NULL));
    }
  return 0;
}
