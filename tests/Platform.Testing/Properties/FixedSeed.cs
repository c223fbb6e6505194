using CsCheck;

namespace Platform.Testing.Properties;

/// <summary>
/// Runs a property over cases drawn from one fixed seed, so every run of the suite checks the same
/// cases and a failure names the case that fails. CsCheck's own <c>Sample</c> fixes only its first
/// case's seed and draws the rest from a per-thread generator, which would make each run check
/// different cases.
/// </summary>
public static class FixedSeed
{
    public static IReadOnlyList<T> Cases<T>(Gen<T> gen, ulong seed, int count)
    {
        var pcg = new PCG(1, seed);
        return Enumerable.Range(0, count).Select(_ => gen.Generate(pcg, null, out Size _)).ToList();
    }

    public static void Check<T>(Gen<T> gen, ulong seed, int count, Action<T> property)
    {
        var index = 0;
        foreach (var value in Cases(gen, seed, count))
        {
            try
            {
                property(value);
            }
            catch (Exception exception)
            {
                throw Failed(seed, count, index, value, exception);
            }

            index++;
        }
    }

    public static async Task CheckAsync<T>(Gen<T> gen, ulong seed, int count, Func<T, Task> property)
    {
        var index = 0;
        foreach (var value in Cases(gen, seed, count))
        {
            try
            {
                await property(value);
            }
            catch (Exception exception)
            {
                throw Failed(seed, count, index, value, exception);
            }

            index++;
        }
    }

    private static PropertyFailedException Failed<T>(ulong seed, int count, int index, T value, Exception exception) =>
        new($"Case {index + 1} of {count} drawn from seed {seed} fails: {CsCheck.Check.Print(value)}", exception);
}

public sealed class PropertyFailedException(string message, Exception inner) : Exception(message, inner);
