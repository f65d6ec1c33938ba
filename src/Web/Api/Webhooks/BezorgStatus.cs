namespace Besluitvorming.Web.Api.Webhooks;

public enum BezorgStatus
{
    Wachtend,
    Bezorgd,
    /// <summary>Given up after the last attempt, or its subscription was cancelled before it arrived.</summary>
    Mislukt,
}
