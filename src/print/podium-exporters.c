/* podium-exporters.c — the table of export formats the command line and the window offer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "podium-changes-export.h"
#include "podium-csv.h"
#include "podium-export.h"
#include "podium-frab.h"
#include "podium-html.h"
#include "podium-ics.h"
#include "podium-participants-csv.h"
#include "podium-pdf.h"

static const PodiumExporter exporters[] = {
  { "podium", ".podium.json", "application/x-podium+json", FALSE, podium_json_export },
  { "pdf", ".pdf", "application/pdf", TRUE, podium_pdf_export },
  { "html", ".html", "text/html", FALSE, podium_html_export },
  { "frab-xml", ".schedule.xml", "application/vnd.c3voc.schedule+xml", FALSE, podium_frab_xml_export },
  { "frab-json", ".schedule.json", "application/json", FALSE, podium_frab_json_export },
  { "ics", ".ics", "text/calendar", FALSE, podium_ics_export },
  { "csv", ".csv", "text/csv", FALSE, podium_csv_export },
  { "changes", ".html", "text/html", FALSE, podium_changes_export },
  /* personal data, for the organisers: not a programme export */
  { "participants", ".csv", "text/csv", FALSE, podium_participants_csv_export },
  { "badges", ".pdf", "application/pdf", TRUE, podium_pdf_export_badges },
  { "attendance", ".pdf", "application/pdf", TRUE, podium_pdf_export_attendance },
};

const PodiumExporter *
podium_exporter_list (guint *n_exporters)
{
  *n_exporters = G_N_ELEMENTS (exporters);
  return exporters;
}

const PodiumExporter *
podium_exporter_find (const char *name)
{
  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (exporters); i++)
    if (g_str_equal (exporters[i].name, name))
      return &exporters[i];
  return NULL;
}
