using System.Globalization;
using System.Runtime.InteropServices;

namespace Platform.Testing.Internal;

/// <summary>The few POSIX calls .NET does not expose: sending signals, the effective uid, chown.</summary>
internal static partial class Posix
{
    public const int SigInt = 2;
    public const int SigKill = 9;
    public const int SigTerm = 15;

    // Linux's numbers (x86 and ARM alike).
    public const int SigCont = 18;
    public const int SigStop = 19;

    public static bool IsUnix => OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD();

    public static bool IsRoot => IsUnix && NativeGetEffectiveUserId() == 0;

    /// <summary>Sends <paramref name="signal"/> to a process (or to a process group when <paramref name="pid"/> is negative).</summary>
    public static bool Signal(int pid, int signal) => IsUnix && NativeKill(pid, signal) == 0;

    public static void ChangeOwner(string path, int uid, int gid)
    {
        if (NativeChown(path, uid, gid) != 0)
        {
            throw new IOException($"chown {uid}:{gid} '{path}' failed (errno {Marshal.GetLastPInvokeError()}).");
        }
    }

    public static string SignalName(int signal) => signal switch
    {
        SigInt => "INT",
        SigKill => "KILL",
        SigTerm => "TERM",
        SigCont => "CONT",
        SigStop => "STOP",
        _ => signal.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Looks a user up in /etc/passwd: (uid, gid), or null when there is no such user.</summary>
    public static (int Uid, int Gid)? FindUser(string name)
    {
        const string passwd = "/etc/passwd";
        if (!File.Exists(passwd))
        {
            return null;
        }

        foreach (var line in File.ReadLines(passwd))
        {
            var fields = line.Split(':');
            if (fields.Length > 3 && fields[0] == name
                && int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var uid)
                && int.TryParse(fields[3], NumberStyles.None, CultureInfo.InvariantCulture, out var gid))
            {
                return (uid, gid);
            }
        }

        return null;
    }

    /// <summary>
    /// Live (not zombie) processes that belong to the server led by <paramref name="leader"/>: members of its
    /// session (servers are started as session leaders) plus its descendants, which may have sessions of their
    /// own (PostgreSQL's children call setsid). Read from /proc.
    /// </summary>
    public static IReadOnlyList<int> LiveProcessTree(int leader)
    {
        if (!Directory.Exists("/proc"))
        {
            return Signal(-leader, 0) ? [leader] : [];
        }

        var processes = ReadProcessTable();
        var members = new HashSet<int>(processes.Where(p => p.SessionId == leader).Select(p => p.Pid)) { leader };
        var descendants = new HashSet<int> { leader };
        var parents = new Queue<int>([leader]);
        while (parents.TryDequeue(out var parent))
        {
            foreach (var child in processes.Where(p => p.ParentPid == parent))
            {
                if (descendants.Add(child.Pid))
                {
                    members.Add(child.Pid);
                    parents.Enqueue(child.Pid);
                }
            }
        }

        var live = processes.Where(p => p.IsLive).Select(p => p.Pid).ToHashSet();
        return members.Where(live.Contains).Order().ToList();
    }

    private static List<ProcessEntry> ReadProcessTable()
    {
        var entries = new List<ProcessEntry>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(dir, "stat"));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            // pid (comm) state ppid pgrp session ...; comm may contain spaces and parentheses.
            var close = stat.LastIndexOf(')');
            if (close < 0 || close + 2 >= stat.Length)
            {
                continue;
            }

            var fields = stat[(close + 2)..].Split(' ');
            if (fields.Length > 3
                && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ppid)
                && int.TryParse(fields[3], NumberStyles.None, CultureInfo.InvariantCulture, out var sid))
            {
                entries.Add(new ProcessEntry(pid, ppid, sid, fields[0] != "Z" && fields[0] != "X"));
            }
        }

        return entries;
    }

    private readonly record struct ProcessEntry(int Pid, int ParentPid, int SessionId, bool IsLive);

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int NativeKill(int pid, int signal);

    [LibraryImport("libc", EntryPoint = "geteuid")]
    private static partial uint NativeGetEffectiveUserId();

    [LibraryImport("libc", EntryPoint = "chown", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int NativeChown(string path, int owner, int group);
}
