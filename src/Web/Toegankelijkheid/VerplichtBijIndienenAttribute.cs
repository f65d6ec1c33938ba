namespace Besluitvorming.Web.Toegankelijkheid;

/// <summary>
/// Marks a form field that must be filled in before the proposal can be submitted (a draft may lack it). Validation
/// stays with the domain (<c>Voorstel.ControleerVolledigheid</c>); this only lets the form say so, visibly and to
/// assistive technology. A test keeps the two lists the same.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class VerplichtBijIndienenAttribute : Attribute;
