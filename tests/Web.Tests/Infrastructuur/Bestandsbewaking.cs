using System.Runtime.CompilerServices;

namespace Besluitvorming.Web.Tests.Infrastructuur;

/// <summary>
/// The suite starts hundreds of app instances in one process, and each one's configuration files, Razor views and
/// static files would take an inotify instance of their own (a Linux user may have 128). Polling watchers take none,
/// so no test fails on a busy machine because others ran before it.
/// </summary>
internal static class Bestandsbewaking
{
    [ModuleInitializer]
    internal static void ZonderInotify() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
}
