/* podium-pdf-tags.cc — completes cairo's tagged PDF with qpdf
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one C++ file of Podium: qpdf's API is C++.  It changes objects, never bytes:
 * qpdf parses the file cairo wrote and writes it anew.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gio/gio.h>

#include <memory>
#include <string>
#include <vector>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include "podium-pdf-tags.h"

namespace {

/* Marks what cairo drew outside every structure element (rules, backgrounds, page
 * footers, repeated headings) as /Artifact: PDF/UA wants all content either tagged or
 * an artifact.  Each graphics object (BT…ET, a path up to its painting operator, an
 * image or XObject) at marked-content depth 0 gets its own BMC…EMC. */
class ArtifactFilter : public QPDFObjectHandle::TokenFilter
{
public:
  void handleToken (QPDFTokenizer::Token const &token) override;
  void handleEOF () override;

private:
  void flush ();

  std::vector<QPDFTokenizer::Token> pending; /* operands of the next operator */
  int depth = 0;
  bool in_artifact = false;
};

bool
is_one_of (std::string const &op,
           std::initializer_list<char const *> names)
{
  for (char const *name : names)
    if (op == name)
      return true;
  return false;
}

void
ArtifactFilter::flush ()
{
  for (auto const &token : pending)
    writeToken (token);
  pending.clear ();
}

void
ArtifactFilter::handleToken (QPDFTokenizer::Token const &token)
{
  std::string op;

  if (token.getType () != QPDFTokenizer::tt_word)
    {
      pending.push_back (token);
      return;
    }

  op = token.getValue ();
  if (op == "BMC" || op == "BDC")
    depth++;
  else if (op == "EMC")
    depth--;
  else if (depth == 0 && !in_artifact &&
           is_one_of (op, { "BT", "m", "re", "Do", "sh", "BI" }))
    {
      write ("\n/Artifact BMC\n");
      in_artifact = true;
    }

  flush ();
  writeToken (token);

  if (in_artifact &&
      is_one_of (op, { "ET", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n",
                       "Do", "sh", "EI" }))
    {
      write ("\nEMC\n");
      in_artifact = false;
    }
}

void
ArtifactFilter::handleEOF ()
{
  flush ();
  if (in_artifact)
    write ("\nEMC\n");
  in_artifact = false;
}

std::string
xml_escape (char const *text)
{
  g_autofree char *escaped = g_markup_escape_text (text ? text : "", -1);

  return escaped;
}

std::string
xmp_packet (std::string const &language,
            char const        *title,
            char const        *author)
{
  std::string lang = xml_escape (language.c_str ());
  std::string xmp =
    "<?xpacket begin=\"\xef\xbb\xbf\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
    "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
    " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
    "  <rdf:Description rdf:about=\"\"\n"
    "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
    "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
    "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
    "    xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
    "   <dc:format>application/pdf</dc:format>\n"
    "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml_escape (title) +
    "</rdf:li></rdf:Alt></dc:title>\n"
    "   <dc:language><rdf:Bag><rdf:li>" + lang + "</rdf:li></rdf:Bag></dc:language>\n";

  if (author != nullptr && *author != '\0')
    xmp += "   <dc:creator><rdf:Seq><rdf:li>" + xml_escape (author) +
           "</rdf:li></rdf:Seq></dc:creator>\n";
  xmp +=
    "   <xmp:CreatorTool>Podium</xmp:CreatorTool>\n"
    "   <pdfuaid:part>1</pdfuaid:part>\n"
    "  </rdf:Description>\n"
    " </rdf:RDF>\n"
    "</x:xmpmeta>\n"
    "<?xpacket end=\"w\"?>";
  return xmp;
}

/* "de_DE.UTF-8" → "de-DE" */
std::string
bcp47 (char const *language)
{
  std::string tag = language && *language ? language : "en";

  tag = tag.substr (0, tag.find_first_of (".@"));
  for (char &c : tag)
    if (c == '_')
      c = '-';
  return tag;
}

bool
has_type (QPDFObjectHandle &object,
          char const       *name)
{
  return object.isDictionary () && object.getKey ("/S").isName () &&
         object.getKey ("/S").getName () == name;
}

std::vector<QPDFObjectHandle>
kids_of (QPDFObjectHandle &element)
{
  std::vector<QPDFObjectHandle> kids;
  QPDFObjectHandle k = element.getKey ("/K");

  if (k.isArray ())
    kids = k.getArrayAsVector ();
  else if (k.isDictionary ())
    kids.push_back (k);
  return kids;
}

struct Walk
{
  GPtrArray *alts;
  guint next_alt = 0;
};

/* Pre-order, the order cairo's tags were begun in, so Figures meet their texts */
void
complete_element (QPDFObjectHandle &element,
                  Walk             &walk)
{
  std::vector<QPDFObjectHandle> kids = kids_of (element);

  if (has_type (element, "/Figure") && !element.hasKey ("/Alt") && walk.alts != nullptr &&
      walk.next_alt < walk.alts->len)
    element.replaceKey ("/Alt", QPDFObjectHandle::newUnicodeString (
                          static_cast<char const *> (g_ptr_array_index (walk.alts, walk.next_alt++))));

  if (has_type (element, "/TR"))
    {
      /* A row of header cells heads columns; a TH among data cells heads its row */
      bool all_th = true;

      for (auto &kid : kids)
        if (kid.hasKey ("/S") && !has_type (kid, "/TH"))
          all_th = false;
      for (auto &kid : kids)
        if (has_type (kid, "/TH") && !kid.hasKey ("/A"))
          {
            QPDFObjectHandle attributes = QPDFObjectHandle::newDictionary ();

            attributes.replaceKey ("/O", QPDFObjectHandle::newName ("/Table"));
            attributes.replaceKey ("/Scope", QPDFObjectHandle::newName (all_th ? "/Column" : "/Row"));
            kid.replaceKey ("/A", attributes);
          }
    }

  for (auto &kid : kids)
    {
      if (kid.isDictionary () && kid.getKey ("/Type").isName () &&
          kid.getKey ("/Type").getName () == "/OBJR")
        {
          /* A link annotation says where it goes (PDF/UA 7.18.5) */
          QPDFObjectHandle annot = kid.getKey ("/Obj");
          QPDFObjectHandle action = annot.isDictionary () ? annot.getKey ("/A") : annot;

          if (annot.isDictionary () && !annot.hasKey ("/Contents") && action.isDictionary () &&
              action.getKey ("/URI").isString ())
            {
              std::string uri = action.getKey ("/URI").getUTF8Value ();

              if (uri.rfind ("mailto:", 0) == 0)
                uri = uri.substr (7);
              annot.replaceKey ("/Contents", QPDFObjectHandle::newUnicodeString (uri));
            }
        }
      else if (kid.isDictionary () && kid.hasKey ("/S"))
        complete_element (kid, walk);
    }
}

/* The visible items under @node: its children, and theirs where a child is open */
int
count_open (QPDFObjectHandle node)
{
  int count = 0;

  for (QPDFObjectHandle item = node.getKey ("/First"); item.isDictionary ();
       item = item.getKey ("/Next"))
    {
      count++;
      if (item.getKey ("/Count").isInteger () && item.getKey ("/Count").getIntValue () > 0)
        count += count_open (item);
      if (count > 100000)
        break;
    }
  return count;
}

void
complete (QPDF       &pdf,
          char const *language,
          char const *title,
          char const *author,
          GPtrArray  *figure_alts)
{
  QPDFObjectHandle root = pdf.getRoot ();
  QPDFObjectHandle preferences = root.getKey ("/ViewerPreferences");
  QPDFObjectHandle mark_info = root.getKey ("/MarkInfo");
  QPDFObjectHandle outlines = root.getKey ("/Outlines");
  QPDFObjectHandle tree = root.getKey ("/StructTreeRoot");
  QPDFObjectHandle metadata;
  std::string lang = bcp47 (language);

  root.replaceKey ("/Lang", QPDFObjectHandle::newUnicodeString (lang));

  /* The title bar shows the title, not the file name (PDF/UA 7.1) */
  if (!preferences.isDictionary ())
    {
      preferences = QPDFObjectHandle::newDictionary ();
      root.replaceKey ("/ViewerPreferences", preferences);
    }
  preferences.replaceKey ("/DisplayDocTitle", QPDFObjectHandle::newBool (true));

  if (!mark_info.isDictionary ())
    {
      mark_info = QPDFObjectHandle::newDictionary ();
      root.replaceKey ("/MarkInfo", mark_info);
    }
  mark_info.replaceKey ("/Marked", QPDFObjectHandle::newBool (true));

  metadata = QPDFObjectHandle::newStream (&pdf, xmp_packet (lang, title, author));
  metadata.getDict ().replaceKey ("/Type", QPDFObjectHandle::newName ("/Metadata"));
  metadata.getDict ().replaceKey ("/Subtype", QPDFObjectHandle::newName ("/XML"));
  root.replaceKey ("/Metadata", metadata);

  if (tree.isDictionary ())
    {
      Walk walk = { figure_alts };

      for (auto &element : kids_of (tree))
        complete_element (element, walk);
    }

  /* cairo 1.16 writes the root's /Count negative (closed), which the root cannot be */
  if (outlines.isDictionary ())
    outlines.replaceKey ("/Count", QPDFObjectHandle::newInteger (count_open (outlines)));

  for (auto &page : QPDFPageDocumentHelper (pdf).getAllPages ())
    {
      QPDFObjectHandle page_object = page.getObjectHandle ();

      /* Tab through annotations in structure order (PDF/UA 7.18.3) */
      if (page_object.getKey ("/Annots").isArray ())
        page_object.replaceKey ("/Tabs", QPDFObjectHandle::newName ("/S"));
      page.addContentTokenFilter (std::make_shared<ArtifactFilter> ());
    }
}

} /* namespace */

GBytes *
podium_pdf_complete_tags (GBytes     *pdf,
                          const char *language,
                          const char *title,
                          const char *author,
                          GPtrArray  *figure_alts,
                          GError    **error)
{
  gsize size = 0;
  const char *data;

  g_return_val_if_fail (pdf != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = static_cast<const char *> (g_bytes_get_data (pdf, &size));
  try
    {
      QPDF qpdf;
      std::shared_ptr<Buffer> buffer;

      qpdf.setSuppressWarnings (true);
      qpdf.processMemoryFile ("podium.pdf", data, size);
      complete (qpdf, language, title, author, figure_alts);

      QPDFWriter writer (qpdf);
      writer.setOutputMemory ();
      /* The same bytes for the same plan: no random /ID */
      writer.setDeterministicID (true);
      writer.write ();
      buffer = writer.getBufferSharedPointer ();
      return g_bytes_new (buffer->getBuffer (), buffer->getSize ());
    }
  catch (std::exception &e)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   /* TRANSLATORS: %s is qpdf's description of the problem */
                   _("Could not write the PDF: %s"), e.what ());
      return NULL;
    }
}
