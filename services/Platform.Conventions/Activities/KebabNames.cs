using System.Text;

namespace Platform.Conventions.Activities;

/// <summary>
/// The API spells enum values in kebab case (<c>capacity-building</c>). Clients may also send
/// them with spaces, underscores or another case (<c>Capacity building</c>).
/// </summary>
public static class KebabNames
{
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var name = value.ToString();
        var kebab = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                kebab.Append('-');
            }

            kebab.Append(char.ToLowerInvariant(name[i]));
        }

        return kebab.ToString();
    }

    public static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var compact = new string(text.Where(c => c is not ('-' or '_' or ' ')).ToArray());
        return !compact.Any(char.IsDigit) && Enum.TryParse(compact, ignoreCase: true, out value) && Enum.IsDefined(value);
    }

    public static string Allowed<TEnum>() where TEnum : struct, Enum =>
        string.Join(", ", Enum.GetValues<TEnum>().Select(Of));
}
