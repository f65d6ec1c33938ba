using System.ComponentModel.DataAnnotations;

namespace Besluitvorming.Web.Jobs;

public sealed class JobsOptions : IValidatableObject
{
    public const string Sectie = "Jobs";

    /// <summary>Local time of day at which reminders and escalations go out.</summary>
    public TimeOnly Tijdstip { get; set; } = new(8, 0);

    /// <summary>
    /// The Quartz scheduler's name, which the timers in the database are stored under (SCHED_NAME): it stays the same
    /// when the database moves or is restored, and every app instance that shares one database must use the same name.
    /// </summary>
    [Required(ErrorMessage = "ontbreekt: een vaste naam, bijvoorbeeld besluitvorming."),
     RegularExpression("^[A-Za-z0-9_.-]{1,120}$", ErrorMessage = "mag alleen letters, cijfers, '.', '_' en '-' bevatten (hoogstens 120 tekens).")]
    public string SchedulerNaam { get; set; } = "besluitvorming";

    /// <summary>How long the scheduler sleeps when nothing is due (Quartz idleWaitTime); short in tests.</summary>
    public TimeSpan IdleWacht { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>On start-up, (re)schedule the timers of every open advice task and drop those of closed ones.</summary>
    public bool HerplanBijStart { get; set; } = true;

    /// <summary>
    /// How often each instance looks for timer changes another instance left in the queue (a crash); its own are
    /// applied right after their commit.
    /// </summary>
    public TimeSpan TermijnrijInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Off: queued timer changes wait until someone runs <see cref="Termijnrij.VerwerkAsync"/> (tests).</summary>
    public bool TermijnrijOpAchtergrond { get; set; } = true;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IdleWacht <= TimeSpan.Zero || IdleWacht > TimeSpan.FromMinutes(10))
            yield return new ValidationResult("moet tussen 0 en 10 minuten liggen (notatie uu:mm:ss).", [nameof(IdleWacht)]);
        if (TermijnrijInterval <= TimeSpan.Zero || TermijnrijInterval > TimeSpan.FromMinutes(10))
            yield return new ValidationResult("moet tussen 0 en 10 minuten liggen (notatie uu:mm:ss).", [nameof(TermijnrijInterval)]);
    }
}
