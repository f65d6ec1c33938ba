using System.ComponentModel.DataAnnotations;

namespace Besluitvorming.Web.Jobs;

public sealed class JobsOptions
{
    public const string Sectie = "Jobs";

    /// <summary>Local time of day at which reminders and escalations go out.</summary>
    public TimeOnly Tijdstip { get; set; } = new(8, 0);

    /// <summary>
    /// The Quartz scheduler's name, which the timers in the database are stored under (SCHED_NAME): it stays the same
    /// when the database moves or is restored, and every app instance that shares one database must use the same name.
    /// </summary>
    [Required, MaxLength(120)]
    public string SchedulerNaam { get; set; } = "besluitvorming";

    /// <summary>How long the scheduler sleeps when nothing is due (Quartz idleWaitTime); short in tests.</summary>
    public TimeSpan IdleWacht { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>On start-up, (re)schedule the timers of every open advice task and drop those of closed ones.</summary>
    public bool HerplanBijStart { get; set; } = true;
}
