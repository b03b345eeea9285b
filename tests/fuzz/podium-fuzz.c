/* podium-fuzz.c — the readers' rule, asserted on any input
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "podium-csv.h"
#include "podium-frab.h"
#include "podium-fuzz.h"
#include "podium-ics.h"
#include "podium-json.h"

static void
fail (const char *what,
      const char *detail)
{
  g_printerr ("podium-fuzz: %s%s%s\n", what, detail ? ": " : "", detail ? detail : "");
  g_abort ();
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  /* A critical or warning from GLib, GObject or Podium is a finding too */
  g_log_set_always_fatal (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

static void
export_quietly (PodiumExportFunc  export,
                PodiumDocument   *document)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = export (document, NULL, &error);

  if (bytes == NULL && (error == NULL || !g_utf8_validate (error->message, -1, NULL)))
    fail ("an export failed without a readable message", NULL);
}

void
podium_fuzz_one (PodiumFuzzReader  reader,
                 const uint8_t    *data,
                 size_t            size)
{
  g_autoptr(GBytes) input = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(PodiumDocument) document = reader (input, "fuzz", &error);
  g_autoptr(PodiumDocument) again = NULL;
  g_autoptr(GBytes) first = NULL;
  g_autofree char *first_text = NULL;
  g_autofree char *second_text = NULL;
  gsize first_length, second_length;

  if (document == NULL)
    {
      if (error == NULL || error->message[0] == '\0')
        fail ("refused without a message", NULL);
      if (!g_utf8_validate (error->message, -1, NULL))
        fail ("a message is not valid UTF-8", NULL);
      return;
    }
  if (error != NULL)
    fail ("a document and an error", error->message);

  /* What was accepted is written back and accepted again, equal */
  first_text = podium_json_write (document, &first_length);
  first = g_bytes_new_static (first_text, first_length);
  again = podium_json_read_bytes (first, "written", &error);
  if (again == NULL)
    fail ("what the reader accepted was written as a file it refuses", error->message);
  second_text = podium_json_write (again, &second_length);
  if (first_length != second_length || memcmp (first_text, second_text, first_length) != 0)
    fail ("saving the saved plan again changed it", NULL);

  export_quietly (podium_ics_export, document);
  export_quietly (podium_csv_export, document);
  export_quietly (podium_frab_xml_export, document);
  export_quietly (podium_frab_json_export, document);
}
