using System.Text;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Reporting.Reports.Documents.Language;

/// <summary>
/// The document's own text in one language, read from <c>DocumentStrings.{language}.resx</c>
/// through <see cref="IStringLocalizer"/>. Documents are built outside any request's culture
/// (a download names its language, a benchmark renders several at once), so each lookup sets
/// the UI culture the localizer reads for the length of that lookup only; each name is looked
/// up once per document.
/// </summary>
internal sealed class DocumentStrings(CultureInfo language)
{
    private static readonly IStringLocalizer Localizer = new ResourceManagerStringLocalizerFactory(
            Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance)
        .Create(typeof(DocumentStrings));

    // Misses are kept too: a name built from data (an unknown activity type) is asked once per activity.
    private readonly Dictionary<string, string?> resolved = new(StringComparer.Ordinal);

    // A template is parsed once per document, not once per activity it words.
    private readonly Dictionary<string, CompositeFormat> formats = new(StringComparer.Ordinal);

    public CultureInfo Language { get; } = language;

    public string this[string name] =>
        Find(name) ?? throw new InvalidOperationException($"The document text '{name}' is missing from DocumentStrings.resx.");

    /// <summary>The text <paramref name="name"/> when the resources hold it, else null (for names built from data, such as an activity type).</summary>
    public string? Find(string name)
    {
        if (!resolved.TryGetValue(name, out var text))
        {
            text = Lookup(name);
            resolved[name] = text;
        }

        return text;
    }

    public string Format(string name, params object?[] arguments) => string.Format(Language, Template(name), arguments);

    /// <summary>The text <paramref name="name"/> as a parsed template, for <see cref="Format"/> or to format into a builder.</summary>
    public CompositeFormat Template(string name)
    {
        if (!formats.TryGetValue(name, out var format))
        {
            format = CompositeFormat.Parse(this[name]);
            formats.Add(name, format);
        }

        return format;
    }

    private string? Lookup(string name)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Language;
        try
        {
            var text = Localizer[name];
            return text.ResourceNotFound ? null : text.Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
