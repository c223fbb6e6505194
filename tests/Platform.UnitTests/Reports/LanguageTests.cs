using System.Collections;
using System.Globalization;
using System.Resources;
using DocumentFormat.OpenXml.Wordprocessing;
using Reporting.Reports.Documents;

namespace Platform.UnitTests.Reports;

/// <summary>The document's own text in the six languages, from the resource files.</summary>
public sealed class LanguageTests
{
    public static readonly TheoryData<string, string, string> KnownHeadings = new()
    {
        { "en", "I. Introduction", "Note by the Secretariat" },
        { "fr", "I. Introduction", "Note du Secrétariat" },
        { "es", "I. Introducción", "Nota de la Secretaría" },
        { "ar", "أولاً. مقدمة", "مذكرة من الأمانة" },
        { "ru", "I. Введение", "Записка секретариата" },
        { "zh", "一. 导言", "秘书处的说明" },
    };

    public static readonly TheoryData<string> Translations = ["fr", "es", "ar", "ru", "zh"];

    [Theory]
    [MemberData(nameof(KnownHeadings))]
    public async Task Word_document_in_each_language_is_valid_and_headed_in_that_language(string language, string introduction, string note)
    {
        using var word = await Rendered.Word(Rendered.Edition(language: language));

        Assert.Empty(WordReportRendererTests.Validate(word));
        Assert.Equal(introduction, (await Rendered.Sections("docx", Rendered.Edition(language: language)))[0]);
        Assert.Contains(word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>(), p => p.InnerText == note);
    }

    [Theory]
    [MemberData(nameof(KnownHeadings))]
    public async Task Html_and_markdown_in_each_language_carry_the_same_headings_as_word(string language, string introduction, string note)
    {
        var edition = Rendered.Edition(language: language);

        Assert.Equal(introduction, (await Rendered.Sections("html", edition))[0]);
        Assert.Equal(introduction, (await Rendered.Sections("md", edition))[0]);
        Assert.Contains("# " + note, (await Rendered.Text("md", edition)).Split('\n'));
    }

    [Fact]
    public async Task Arabic_word_document_has_right_to_left_paragraphs_and_runs()
    {
        using var word = await Rendered.Word(Rendered.Edition(language: "ar"));
        var body = word.MainDocumentPart!.Document!.Body!;

        Assert.All(body.Descendants<Paragraph>(), p => Assert.NotNull(p.ParagraphProperties?.BiDi));
        Assert.All(body.Descendants<Run>(), r => Assert.NotNull(r.RunProperties?.RightToLeftText));
        Assert.All(body.Descendants<Table>(), t => Assert.NotNull(t.GetFirstChild<TableProperties>()!.BiDiVisual));
        Assert.NotNull(body.GetFirstChild<SectionProperties>()!.GetFirstChild<BiDi>());
        Assert.Equal("ar-SA", word.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<Languages>().Single().Bidi!.Value);
    }

    [Fact]
    public async Task English_word_document_has_no_right_to_left_paragraph()
    {
        using var word = await Rendered.Word();

        Assert.Empty(word.MainDocumentPart!.Document!.Body!.Descendants<BiDi>());
    }

    [Fact]
    public async Task Arabic_html_page_runs_right_to_left()
    {
        var root = (await Rendered.Html(Rendered.Edition(language: "ar"))).Root!;

        Assert.Equal("ar", (string?)root.Attribute("lang"));
        Assert.Equal("rtl", (string?)root.Attribute("dir"));
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public async Task Every_translation_says_it_is_an_unofficial_rendering_and_english_does_not(string language)
    {
        var translated = await Rendered.Lines("md", Rendered.Edition(language: language));
        var english = await Rendered.Lines("md");
        var sentence = Strings(language)["UnofficialRendering"];

        Assert.Contains("3\\. " + sentence, translated);
        Assert.DoesNotContain(english, l => l.Contains("unofficial", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public async Task Activity_titles_stay_as_entered_in_every_language(string language)
    {
        var text = await Rendered.Text("html", Rendered.Edition(language: language));

        Assert.Contains("Joint workshop on plastic waste &amp; POPs &lt;West Africa&gt; | Côte d’Ivoire", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", "Du 3 au 5 février 2020, le Secrétariat a mené une activité")]
    [InlineData("es", "Del 3 al 5 de febrero de 2020, la Secretaría llevó a cabo una actividad")]
    [InlineData("ru", "С 3 по 5 февраля 2020 года секретариат провел мероприятие")]
    [InlineData("ar", "في الفترة من 3 إلى 5 فبراير 2020، نفّذت الأمانة نشاطاً")]
    [InlineData("zh", "2020年2月3日至5日，秘书处为《巴塞尔公约》、《鹿特丹公约》和《斯德哥尔摩公约》共同开展了一项活动")]
    public void Dates_and_month_names_follow_the_language(string language, string opening)
    {
        var section = ReportSections.Compose(SampleReport.Build(), ReportLanguages.Find(language)!).Single(s => s.Id == "paragraph-6b");

        Assert.StartsWith(opening, ReportSections.Paragraphs(section.Text)[1], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void Each_language_has_every_text_the_english_resources_have(string language)
    {
        var english = Strings("en");
        var translated = Strings(language);

        Assert.Empty(english.Keys.Except(translated.Keys));
        Assert.Empty(translated.Keys.Except(english.Keys));
        // Chinese sets sentences side by side; every other text says something.
        Assert.All(translated.Where(pair => pair.Key != "SentenceSeparator"), pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), $"{language} {pair.Key} is empty."));
    }

    [Fact]
    public void Languages_are_the_six_of_the_united_nations_english_first()
    {
        Assert.Equal(["en", "fr", "es", "ar", "ru", "zh"], ReportLanguages.Codes);
        Assert.IsType<GregorianCalendar>(ReportLanguages.Find("AR")!.DateTimeFormat.Calendar);
        Assert.Null(ReportLanguages.Find("de"));
    }

    /// <summary>One language's resource file alone, without the fallback to English.</summary>
    private static Dictionary<string, string> Strings(string language)
    {
        var resources = new ResourceManager("Reporting.Reports.Documents.Language.DocumentStrings", typeof(ReportSections).Assembly);
        var set = resources.GetResourceSet(CultureInfo.GetCultureInfo(language == "en" ? "" : language), createIfNotExists: true, tryParents: false)!;
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }
}
