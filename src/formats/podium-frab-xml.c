/* podium-frab-xml.c — schedule.xml, as frab, pretalx and pentabarf write it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>

#include "podium-frab-private.h"
#include "podium-json.h"

/* Export */

/* XML 1.0 cannot carry most control characters, not even escaped */
static char *
xml_text (const char *text)
{
  GString *result;

  if (text == NULL)
    return g_strdup ("");
  result = g_string_sized_new (strlen (text));
  for (const char *p = text; *p; p++)
    if ((guchar) *p >= 0x20 || *p == '\t' || *p == '\n' || *p == '\r')
      g_string_append_c (result, *p);
  return g_string_free (result, FALSE);
}

static void
write_element (xmlTextWriterPtr writer,
               const char      *name,
               const char      *text)
{
  g_autofree char *clean = xml_text (text);

  xmlTextWriterWriteElement (writer, BAD_CAST name, BAD_CAST clean);
}

static void
write_attribute (xmlTextWriterPtr writer,
                 const char      *name,
                 const char      *text)
{
  g_autofree char *clean = xml_text (text);

  xmlTextWriterWriteAttribute (writer, BAD_CAST name, BAD_CAST clean);
}

static void
write_event (xmlTextWriterPtr writer,
             FrabSchedule    *schedule,
             FrabEvent       *event)
{
  FrabRoom *room = g_ptr_array_index (schedule->rooms, event->room);
  g_autofree char *id = g_strdup_printf ("%d", event->id);
  g_autofree char *duration = frab_format_duration (event->duration, TRUE);

  xmlTextWriterStartElement (writer, BAD_CAST "event");
  write_attribute (writer, "guid", event->guid);
  write_attribute (writer, "id", id);
  write_element (writer, "date", event->date);
  write_element (writer, "start", event->clock);
  write_element (writer, "duration", duration);
  write_element (writer, "room", room->name);
  write_element (writer, "slug", event->slug);
  if (event->url_is_web)
    write_element (writer, "url", event->url);
  write_element (writer, "title", event->title);
  write_element (writer, "subtitle", event->subtitle);
  write_element (writer, "track", event->track);
  write_element (writer, "type", event->type);
  write_element (writer, "language", event->language);
  write_element (writer, "abstract", event->abstract);
  write_element (writer, "description", event->description);

  xmlTextWriterStartElement (writer, BAD_CAST "persons");
  for (guint i = 0; i < event->persons->len; i++)
    {
      FrabPerson *person = g_ptr_array_index (event->persons, i);
      g_autofree char *person_id = g_strdup_printf ("%d", person->id);
      g_autofree char *name = xml_text (person->name);

      xmlTextWriterStartElement (writer, BAD_CAST "person");
      write_attribute (writer, "id", person_id);
      write_attribute (writer, "guid", person->guid);
      xmlTextWriterWriteString (writer, BAD_CAST name);
      xmlTextWriterEndElement (writer);
    }
  xmlTextWriterEndElement (writer);

  xmlTextWriterStartElement (writer, BAD_CAST "links");
  xmlTextWriterEndElement (writer);
  xmlTextWriterStartElement (writer, BAD_CAST "attachments");
  xmlTextWriterEndElement (writer);
  xmlTextWriterEndElement (writer);
}

GBytes *
podium_frab_xml_export (PodiumDocument            *document,
                        const PodiumExportOptions *options,
                        GError                   **error)
{
  g_autoptr(FrabSchedule) schedule = NULL;
  xmlBufferPtr buffer;
  xmlTextWriterPtr writer;
  GBytes *bytes;
  g_autofree char *days = NULL;

  g_return_val_if_fail (PODIUM_IS_DOCUMENT (document), NULL);

  schedule = frab_schedule_new (document, options);
  days = g_strdup_printf ("%u", schedule->days->len);

  buffer = xmlBufferCreate ();
  writer = xmlNewTextWriterMemory (buffer, 0);
  xmlTextWriterSetIndent (writer, 1);
  xmlTextWriterSetIndentString (writer, BAD_CAST "  ");
  xmlTextWriterStartDocument (writer, NULL, "UTF-8", NULL);
  xmlTextWriterStartElement (writer, BAD_CAST "schedule");

  xmlTextWriterStartElement (writer, BAD_CAST "generator");
  write_attribute (writer, "name", "Podium");
  write_attribute (writer, "version", PACKAGE_VERSION);
  xmlTextWriterEndElement (writer);
  write_element (writer, "version", schedule->version);

  xmlTextWriterStartElement (writer, BAD_CAST "conference");
  write_element (writer, "acronym", schedule->acronym);
  write_element (writer, "title", schedule->title);
  write_element (writer, "start", schedule->start);
  write_element (writer, "end", schedule->end);
  write_element (writer, "days", days);
  write_element (writer, "timeslot_duration", schedule->timeslot);
  if (schedule->url)
    write_element (writer, "url", schedule->url);
  write_element (writer, "time_zone_name", schedule->time_zone);
  for (guint i = 0; i < schedule->tracks->len; i++)
    {
      const char *name = g_ptr_array_index (schedule->tracks, i);
      g_autofree char *slug = frab_slugify (name, '-');

      xmlTextWriterStartElement (writer, BAD_CAST "track");
      write_attribute (writer, "name", name);
      /* The XSD wants slugs to start with a letter */
      if (slug && g_ascii_isalpha (slug[0]) && slug[1])
        write_attribute (writer, "slug", slug);
      xmlTextWriterEndElement (writer);
    }
  xmlTextWriterEndElement (writer);

  for (guint d = 0; d < schedule->days->len; d++)
    {
      FrabDay *day = g_ptr_array_index (schedule->days, d);
      g_autofree char *index = g_strdup_printf ("%d", day->index);
      guint e = 0;

      xmlTextWriterStartElement (writer, BAD_CAST "day");
      write_attribute (writer, "index", index);
      write_attribute (writer, "date", day->date_text);
      write_attribute (writer, "start", day->start);
      write_attribute (writer, "end", day->end);

      for (guint r = 0; r < schedule->rooms->len; r++)
        {
          FrabRoom *room = g_ptr_array_index (schedule->rooms, r);

          xmlTextWriterStartElement (writer, BAD_CAST "room");
          write_attribute (writer, "name", room->name);
          write_attribute (writer, "guid", room->guid);
          for (; e < day->events->len; e++)
            {
              FrabEvent *event = g_ptr_array_index (day->events, e);

              if (event->room != (int) r)
                break;
              write_event (writer, schedule, event);
            }
          xmlTextWriterEndElement (writer);
        }
      xmlTextWriterEndElement (writer);
    }

  xmlTextWriterEndDocument (writer);
  xmlFreeTextWriter (writer);

  bytes = g_bytes_new (xmlBufferContent (buffer), (gsize) xmlBufferLength (buffer));
  xmlBufferFree (buffer);
  return bytes;
}

/* Import */

/* Only the element's own text: entity references are never followed */
static char *
node_text (xmlNode *node)
{
  GString *text = g_string_new (NULL);

  for (xmlNode *child = node->children; child; child = child->next)
    if ((child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) && child->content)
      g_string_append (text, (const char *) child->content);
  return g_string_free (text, FALSE);
}

static char *
child_text (xmlNode    *node,
            const char *name)
{
  for (xmlNode *child = node->children; child; child = child->next)
    if (child->type == XML_ELEMENT_NODE && g_str_equal ((const char *) child->name, name))
      {
        g_autofree char *text = node_text (child);
        return frab_text (text);
      }
  return NULL;
}

static char *
attribute (xmlNode    *node,
           const char *name)
{
  xmlChar *value = xmlGetNoNsProp (node, BAD_CAST name);
  char *result = frab_text ((const char *) value);

  xmlFree (value);
  return result;
}

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE && g_str_equal ((const char *) node->name, name);
}

static void
read_event (FrabImport *import,
            xmlNode    *node,
            int         day,
            const char *room)
{
  FrabImportEvent *event = frab_import_add_event (import);

  event->day = day;
  event->id = attribute (node, "id");
  event->guid = attribute (node, "guid");
  event->code = attribute (node, "code");
  event->title = child_text (node, "title");
  event->subtitle = child_text (node, "subtitle");
  event->type = child_text (node, "type");
  event->track = child_text (node, "track");
  event->language = child_text (node, "language");
  event->abstract = child_text (node, "abstract");
  event->description = child_text (node, "description");
  event->slug = child_text (node, "slug");
  event->url = child_text (node, "url");
  event->date = child_text (node, "date");
  event->start = child_text (node, "start");
  event->duration = child_text (node, "duration");
  /* The event's own <room> names it; events directly in a <day> (FOSDEM 2007) have only that */
  event->room = child_text (node, "room");
  if (event->room == NULL)
    event->room = g_strdup (room);

  for (xmlNode *child = node->children; child; child = child->next)
    if (is_element (child, "persons"))
      for (xmlNode *p = child->children; p; p = p->next)
        if (is_element (p, "person"))
          {
            g_autofree char *name = node_text (p);
            FrabImportPerson *person = frab_import_add_person (event);

            person->name = frab_text (name);
            person->id = attribute (p, "id");
            person->guid = attribute (p, "guid");
          }
}

static void
read_conference (FrabImport *import,
                 xmlNode    *node)
{
  import->title = child_text (node, "title");
  import->subtitle = child_text (node, "subtitle");
  import->acronym = child_text (node, "acronym");
  import->description = child_text (node, "description");
  import->start = child_text (node, "start");
  import->end = child_text (node, "end");
  import->time_zone = child_text (node, "time_zone_name");
  import->day_change = child_text (node, "day_change");
  import->timeslot = child_text (node, "timeslot_duration");
  import->url = child_text (node, "url");
  import->venue = child_text (node, "venue");
  import->city = child_text (node, "city");
}

static void
read_day (FrabImport *import,
          xmlNode    *node)
{
  FrabImportDay *day = g_new0 (FrabImportDay, 1);
  g_autofree char *date = attribute (node, "date");

  day->date = PODIUM_DATE_NONE;
  if (date)
    podium_time_parse_date (date, &day->date);
  day->start = attribute (node, "start");
  day->end = attribute (node, "end");
  g_ptr_array_add (import->days, day);

  for (xmlNode *child = node->children; child; child = child->next)
    {
      if (is_element (child, "room"))
        {
          g_autofree char *name = attribute (child, "name");
          g_autofree char *guid = attribute (child, "guid");

          frab_import_add_room (import, name, guid);
          for (xmlNode *e = child->children; e; e = e->next)
            if (is_element (e, "event"))
              read_event (import, e, day->date, name);
        }
      else if (is_element (child, "event"))
        read_event (import, child, day->date, NULL);
    }
}

typedef enum
{
  DECLARED_NOTHING,
  DECLARED_DTD,
  DECLARED_ENTITY,
} Declared;

static void
on_internal_subset (void          *data,
                    const xmlChar *name,
                    const xmlChar *external_id,
                    const xmlChar *system_id)
{
  xmlParserCtxtPtr context = data;
  Declared *declared = context->_private;

  /* Read on to tell an entity declaration from a plain DTD; nothing is loaded or expanded */
  *declared = MAX (*declared, DECLARED_DTD);
}

static void
on_entity_decl (void          *data,
                const xmlChar *name,
                int            type,
                const xmlChar *public_id,
                const xmlChar *system_id,
                xmlChar       *content)
{
  xmlParserCtxtPtr context = data;
  Declared *declared = context->_private;

  *declared = DECLARED_ENTITY;
  xmlStopParser (context);
}

PodiumDocument *
podium_frab_xml_read (GBytes      *bytes,
                      const char  *display_name,
                      GError     **error)
{
  g_autoptr(FrabImport) import = NULL;
  xmlParserCtxtPtr context;
  xmlDocPtr doc;
  xmlNode *root;
  const char *data;
  gsize size;
  PodiumDocument *document;
  Declared declared = DECLARED_NOTHING;
  gboolean conference_read = FALSE;

  g_return_val_if_fail (bytes != NULL, NULL);

  data = podium_format_bytes_data (bytes, &display_name, &size, error);
  if (data == NULL)
    return NULL;
  if (size == 0)
    {
      g_set_error (error, PODIUM_FORMAT_ERROR, PODIUM_FORMAT_ERROR_SYNTAX,
                   _("%s: error: the file is empty"), display_name);
      return NULL;
    }

  context = xmlNewParserCtxt ();
  if (context == NULL)
    {
      g_set_error (error, PODIUM_FORMAT_ERROR, PODIUM_FORMAT_ERROR_SYNTAX,
                   _("%s: error: out of memory while starting the XML parser"), display_name);
      return NULL;
    }
  /* Entities are how XML bombs and file disclosure work, and no schedule needs them nor a
   * DTD. The parser says when it meets one, in whatever encoding the file is written. */
  context->_private = &declared;
  context->sax->internalSubset = on_internal_subset;
  context->sax->entityDecl = on_entity_decl;
  /* No XML_PARSE_NOENT (no expansion), no DTD loading, no network, no huge mode */
  doc = xmlCtxtReadMemory (context, data, (int) size, NULL, NULL,
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                           XML_PARSE_NOCDATA | XML_PARSE_COMPACT | XML_PARSE_NOBLANKS);
  if (declared != DECLARED_NOTHING)
    {
      if (declared == DECLARED_ENTITY)
        g_set_error (error, PODIUM_FORMAT_ERROR, PODIUM_FORMAT_ERROR_STRUCTURE,
                     _("%s: error: the file declares XML entities; Podium does not read such files"),
                     display_name);
      else
        g_set_error (error, PODIUM_FORMAT_ERROR, PODIUM_FORMAT_ERROR_STRUCTURE,
                     _("%s: error: the file has a document type declaration (DTD); Podium does not read such files"),
                     display_name);
      g_clear_pointer (&doc, xmlFreeDoc);
      xmlFreeParserCtxt (context);
      return NULL;
    }
  if (doc == NULL)
    {
      xmlErrorPtr problem = xmlCtxtGetLastError (context);
      g_autofree char *text = frab_text (problem && problem->message ? problem->message
                                                                     : _("not well-formed XML"));
      /* libxml2 quotes the file's bytes, cut anywhere */
      g_autofree char *message = text ? g_utf8_make_valid (text, -1) : NULL;

      g_set_error (error, PODIUM_FORMAT_ERROR, PODIUM_FORMAT_ERROR_SYNTAX,
                   _("%s:%d: error: %s"), display_name, problem ? problem->line : 0,
                   message ? message : _("not well-formed XML"));
      xmlFreeParserCtxt (context);
      return NULL;
    }
  xmlFreeParserCtxt (context);

  root = xmlDocGetRootElement (doc);
  if (root == NULL || !is_element (root, "schedule"))
    {
      g_set_error (error, PODIUM_FORMAT_ERROR, PODIUM_FORMAT_ERROR_STRUCTURE,
                   _("%s: error: not a schedule: the document element is <%s>, not <schedule>"),
                   display_name, root ? (const char *) root->name : "");
      xmlFreeDoc (doc);
      return NULL;
    }

  import = frab_import_new ();
  /* A schedule describes one conference: the first <conference> does */
  for (xmlNode *child = root->children; child; child = child->next)
    if (is_element (child, "conference") && !conference_read)
      {
        read_conference (import, child);
        conference_read = TRUE;
      }
    else if (is_element (child, "day"))
      read_day (import, child);
  xmlFreeDoc (doc);

  document = frab_import_build (import, display_name, error);
  return document;
}
