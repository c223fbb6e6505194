using System.Globalization;
using Platform.Testing.Internal;

namespace Platform.Benchmarks.EndToEnd.Processes;

/// <summary>Resident memory as the kernel counts it (<c>VmRSS</c> in <c>/proc/&lt;pid&gt;/status</c>).</summary>
internal static class ResidentMemory
{
    /// <summary>One process's resident bytes; 0 when it is gone.</summary>
    public static long OfProcess(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    var kilobytes = line["VmRSS:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Gone between listing and reading.
        }

        return 0;
    }

    /// <summary>A server's whole session and descendants (a broker node is several processes).</summary>
    public static long OfProcessTree(int leader) => Posix.LiveProcessTree(leader).Sum(OfProcess);
}
