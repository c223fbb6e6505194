using System.Diagnostics;
using System.Text;

namespace Platform.Benchmarks.EndToEnd.Output;

/// <summary>Progress lines, each with the seconds since the run began: where a slow run spent its time.</summary>
internal sealed class TimedProgress(TextWriter inner) : TextWriter
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();

    public override Encoding Encoding => inner.Encoding;

    public override void WriteLine(string? value)
    {
        lock (inner)
        {
            inner.WriteLine($"[{_watch.Elapsed.TotalSeconds,6:0.0} s] {value}");
        }
    }

    public override void Write(char value) => inner.Write(value);
}
