/* test-typing.c — typing into one property is one undo step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "podium-model.h"

typedef struct
{
  PodiumDocument *document;
  PodiumSession  *greeting;
  PodiumSession  *breakout;
  guint           changed;
  guint           modified_notes;
} Fixture;

static void
on_changed_cb (PodiumDocument  *document,
               PodiumChangeSet *changes,
               Fixture         *f)
{
  f->changed++;
}

static void
on_modified_cb (PodiumDocument *document,
                GParamSpec     *pspec,
                Fixture        *f)
{
  f->modified_notes++;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->document = podium_document_new ();
  f->greeting = g_object_new (PODIUM_TYPE_SESSION, "id", "greeting", "title", "Begrüßung",
                              "kind", PODIUM_SESSION_GREETING, NULL);
  f->breakout = g_object_new (PODIUM_TYPE_SESSION, "id", "breakout", "title", "Themenraum",
                              "kind", PODIUM_SESSION_BREAKOUT, NULL);
  podium_document_add (f->document, f->greeting);
  podium_document_add (f->document, f->breakout);
  podium_document_clear_history (f->document);
  g_signal_connect (f->document, "changed", G_CALLBACK (on_changed_cb), f);
  g_signal_connect (f->document, "notify::modified", G_CALLBACK (on_modified_cb), f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_object_unref (f->greeting);
  g_object_unref (f->breakout);
  g_assert_finalize_object (f->document);
}

static void
type_text (PodiumDocument *document,
           gpointer        object,
           const char     *property,
           const char     *text)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  podium_document_edit_typing (document, object, property, &value);
}

/* Types @word letter by letter after @start, as a text field reports it */
static void
type_word (PodiumDocument *document,
           gpointer        object,
           const char     *property,
           const char     *start,
           const char     *word)
{
  g_autoptr(GString) text = g_string_new (start);

  for (const char *p = word; *p; p = g_utf8_next_char (p))
    {
      g_string_append_len (text, p, g_utf8_next_char (p) - p);
      type_text (document, object, property, text->str);
    }
}

static void
test_typing_one_step (Fixture       *f,
                      gconstpointer  data)
{
  guint64 serial;

  type_text (f->document, f->greeting, "title", "");
  type_word (f->document, f->greeting, "title", "", "Grußwort");
  g_assert_cmpstr (podium_session_get_title (f->greeting), ==, "Grußwort");
  /* every keystroke is a change the views follow … */
  g_assert_cmpuint (f->changed, ==, 9);
  g_assert_true (podium_document_get_modified (f->document));
  g_assert_cmpuint (f->modified_notes, ==, 1);
  serial = podium_document_get_undo_serial (f->document);
  g_assert_cmpuint (serial, !=, 0);

  /* … and all of them one step, from the text before the first keystroke */
  podium_document_undo (f->document);
  g_assert_cmpstr (podium_session_get_title (f->greeting), ==, "Begrüßung");
  g_assert_false (podium_document_can_undo (f->document));
  g_assert_false (podium_document_get_modified (f->document));

  podium_document_redo (f->document);
  g_assert_cmpstr (podium_session_get_title (f->greeting), ==, "Grußwort");
  g_assert_cmpuint (podium_document_get_undo_serial (f->document), ==, serial);
  g_assert_false (podium_document_can_redo (f->document));
  g_assert_true (podium_document_get_modified (f->document));
}

/* A toast names a step by its serial: the one shown after the first keystroke still
 * names the whole typing, and its label stays that of the step */
static void
test_typing_keeps_serial (Fixture       *f,
                          gconstpointer  data)
{
  guint64 before, serial;

  podium_document_begin (f->document, "Plan the breakout");
  podium_document_edit (f->document, f->breakout, "duration", 60, NULL);
  podium_document_end (f->document);
  before = podium_document_get_undo_serial (f->document);

  type_text (f->document, f->greeting, "title", "G");
  serial = podium_document_get_undo_serial (f->document);
  g_assert_cmpuint (serial, !=, before);
  g_assert_null (podium_document_get_undo_label (f->document));
  type_word (f->document, f->greeting, "title", "G", "rußwort");
  g_assert_cmpuint (podium_document_get_undo_serial (f->document), ==, serial);
  g_assert_null (podium_document_get_undo_label (f->document));

  /* what the toast's Undo does: undo the step if it is still the one it named */
  g_assert_cmpuint (podium_document_get_undo_serial (f->document), ==, serial);
  podium_document_undo (f->document);
  g_assert_cmpstr (podium_session_get_title (f->greeting), ==, "Begrüßung");
  g_assert_cmpint (podium_session_get_duration (f->breakout), ==, 60);
  g_assert_cmpuint (podium_document_get_undo_serial (f->document), ==, before);
  g_assert_cmpstr (podium_document_get_undo_label (f->document), ==, "Plan the breakout");
  g_assert_null (podium_document_get_redo_label (f->document));
}

static void
test_typing_other_property (Fixture       *f,
                            gconstpointer  data)
{
  type_word (f->document, f->greeting, "title", "", "Gruß");
  type_word (f->document, f->greeting, "subtitle", "", "Land");
  type_word (f->document, f->greeting, "title", "Gruß", "wort");

  podium_document_undo (f->document);
  g_assert_cmpstr (podium_session_get_title (f->greeting), ==, "Gruß");
  g_assert_cmpstr (podium_session_get_subtitle (f->greeting), ==, "Land");
  podium_document_undo (f->document);
  g_assert_null (podium_session_get_subtitle (f->greeting));
  podium_document_undo (f->document);
  g_assert_cmpstr (podium_session_get_title (f->greeting), ==, "Begrüßung");
  g_assert_false (podium_document_can_undo (f->document));
}

static void
test_typing_other_object (Fixture       *f,
                          gconstpointer  data)
{
  type_word (f->document, f->greeting, "title", "", "Eins");
  type_word (f->document, f->breakout, "title", "", "Zwei");

  podium_document_undo (f->document);
  g_assert_cmpstr (podium_session_get_title (f->breakout), ==, "Themenraum");
  g_assert_cmpstr (podium_session_get_title (f->greeting), ==, "Eins");
  podium_document_undo (f->document);
  g_assert_cmpstr (podium_session_get_title (f->greeting), ==, "Begrüßung");
  g_assert_false (podium_document_can_undo (f->document));
}

/* Each boundary: the typing after it is a step of its own */
static void
test_typing_boundaries (Fixture       *f,
                        gconstpointer  data)
{
  /* another command in between */
  type_word (f->document, f->greeting, "title", "", "Ab");
  podium_document_edit (f->document, f->breakout, "duration", 45, NULL);
  type_word (f->document, f->greeting, "title", "Ab", "cd");
  podium_document_undo (f->document);
  g_assert_cmpstr (podium_session_get_title (f->greeting), ==, "Ab");
  g_assert_cmpint (podium_session_get_duration (f->breakout), ==, 45);
  podium_document_undo (f->document);
  podium_document_undo (f->document);
  g_assert_cmpstr (podium_session_get_title (f->greeting), ==, "Begrüßung");
  g_assert_false (podium_document_can_undo (f->document));

  /* the user leaving the field (or Enter) */
  type_word (f->document, f->greeting, "title", "", "Ab");
  podium_document_end_typing (f->document);
  type_word (f->document, f->greeting, "title", "Ab", "cd");
  podium_document_undo (f->document);
  g_assert_cmpstr (podium_session_get_title (f->greeting), ==, "Ab");
  podium_document_undo (f->document);
  g_assert_cmpstr (podium_session_get_title (f->greeting), ==, "Begrüßung");

  /* an undo: typing again does not grow the step that was undone, nor the one before */
  podium_document_clear_history (f->document);
  type_word (f->document, f->greeting, "title", "", "Ab");
  podium_document_end_typing (f->document);
  type_word (f->document, f->greeting, "title", "Ab", "cd");
  podium_document_undo (f->document);
  g_assert_cmpstr (podium_session_get_title (f->greeting), ==, "Ab");
  type_word (f->document, f->greeting, "title", "Ab", "x");
  g_assert_false (podium_document_can_redo (f->document));
  podium_document_undo (f->document);
  g_assert_cmpstr (podium_session_get_title (f->greeting), ==, "Ab");
  podium_document_undo (f->document);
  g_assert_cmpstr (podium_session_get_title (f->greeting), ==, "Begrüßung");

  /* a redo */
  podium_document_redo (f->document);
  g_assert_cmpstr (podium_session_get_title (f->greeting), ==, "Ab");
  type_word (f->document, f->greeting, "title", "Ab", "y");
  podium_document_undo (f->document);
  g_assert_cmpstr (podium_session_get_title (f->greeting), ==, "Ab");
}

/* A save point ends the step: the saved text is one Undo away and typing on is modified */
static void
test_typing_save_point (Fixture       *f,
                        gconstpointer  data)
{
  type_word (f->document, f->greeting, "title", "", "Gruß");
  podium_document_mark_saved (f->document);
  g_assert_false (podium_document_get_modified (f->document));

  type_word (f->document, f->greeting, "title", "Gruß", "wort");
  g_assert_true (podium_document_get_modified (f->document));
  podium_document_undo (f->document);
  g_assert_cmpstr (podium_session_get_title (f->greeting), ==, "Gruß");
  g_assert_false (podium_document_get_modified (f->document));
  podium_document_undo (f->document);
  g_assert_cmpstr (podium_session_get_title (f->greeting), ==, "Begrüßung");
  g_assert_true (podium_document_get_modified (f->document));
  g_assert_false (podium_document_can_undo (f->document));
}

/* Typing back to the text the typing began with (which here is the saved text) leaves
 * no step: the plan is not modified, and Undo undoes the step before the typing */
static void
test_typing_back_to_start (Fixture       *f,
                           gconstpointer  data)
{
  guint64 before;

  podium_document_edit (f->document, f->breakout, "duration", 45, NULL);
  podium_document_mark_saved (f->document);
  before = podium_document_get_undo_serial (f->document);
  f->modified_notes = 0;

  type_text (f->document, f->greeting, "title", "Begrüßungx");
  g_assert_true (podium_document_get_modified (f->document));
  type_text (f->document, f->greeting, "title", "Begrüßung");
  g_assert_cmpstr (podium_session_get_title (f->greeting), ==, "Begrüßung");
  g_assert_false (podium_document_get_modified (f->document));
  g_assert_cmpuint (f->modified_notes, ==, 2);
  g_assert_cmpuint (podium_document_get_undo_serial (f->document), ==, before);

  /* typing on is a new step that starts there */
  type_text (f->document, f->greeting, "title", "Begrüßung!");
  g_assert_true (podium_document_get_modified (f->document));
  podium_document_undo (f->document);
  g_assert_cmpstr (podium_session_get_title (f->greeting), ==, "Begrüßung");
  g_assert_false (podium_document_get_modified (f->document));
  podium_document_undo (f->document);
  g_assert_cmpint (podium_session_get_duration (f->breakout), ==, 30);
  g_assert_false (podium_document_can_undo (f->document));
}

/* A keystroke that changes nothing (a field reporting the same text) makes no step */
static void
test_typing_no_change (Fixture       *f,
                       gconstpointer  data)
{
  type_text (f->document, f->greeting, "title", "Begrüßung");
  g_assert_false (podium_document_can_undo (f->document));
  g_assert_cmpuint (f->changed, ==, 0);

  type_word (f->document, f->greeting, "title", "Begrüßung", "!");
  type_text (f->document, f->greeting, "title", "Begrüßung!");
  g_assert_cmpuint (f->changed, ==, 1);
}

/* Inside a group, typing is part of the group's step */
static void
test_typing_in_group (Fixture       *f,
                      gconstpointer  data)
{
  podium_document_begin (f->document, "Rename both");
  type_word (f->document, f->greeting, "title", "", "Eins");
  type_word (f->document, f->breakout, "title", "", "Zwei");
  podium_document_end (f->document);
  g_assert_cmpstr (podium_document_get_undo_label (f->document), ==, "Rename both");

  type_word (f->document, f->greeting, "title", "Eins", "s");
  podium_document_undo (f->document);
  g_assert_cmpstr (podium_session_get_title (f->greeting), ==, "Eins");
  podium_document_undo (f->document);
  g_assert_cmpstr (podium_session_get_title (f->greeting), ==, "Begrüßung");
  g_assert_cmpstr (podium_session_get_title (f->breakout), ==, "Themenraum");
  g_assert_false (podium_document_can_undo (f->document));
}

/* An edit of the typed property from elsewhere (a list's inline rename) ends the step */
static void
test_typing_edit_same_property (Fixture       *f,
                                gconstpointer  data)
{
  type_word (f->document, f->greeting, "title", "", "Ab");
  podium_document_edit (f->document, f->greeting, "title", "Fremd", NULL);
  type_word (f->document, f->greeting, "title", "Fremd", "x");
  podium_document_undo (f->document);
  g_assert_cmpstr (podium_session_get_title (f->greeting), ==, "Fremd");
  podium_document_undo (f->document);
  g_assert_cmpstr (podium_session_get_title (f->greeting), ==, "Ab");
  podium_document_undo (f->document);
  g_assert_cmpstr (podium_session_get_title (f->greeting), ==, "Begrüßung");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/typing/one-step", test_typing_one_step);
  ADD ("/typing/keeps-serial", test_typing_keeps_serial);
  ADD ("/typing/other-property", test_typing_other_property);
  ADD ("/typing/other-object", test_typing_other_object);
  ADD ("/typing/boundaries", test_typing_boundaries);
  ADD ("/typing/save-point", test_typing_save_point);
  ADD ("/typing/back-to-start", test_typing_back_to_start);
  ADD ("/typing/no-change", test_typing_no_change);
  ADD ("/typing/in-group", test_typing_in_group);
  ADD ("/typing/edit-same-property", test_typing_edit_same_property);
#undef ADD

  return g_test_run ();
}
