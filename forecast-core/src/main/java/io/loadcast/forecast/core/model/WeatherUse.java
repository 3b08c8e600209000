package io.loadcast.forecast.core.model;

/** Whether a forecast had its weather correction: said with every served forecast. */
public enum WeatherUse {
    /** The model has no weather correction (another family, or trained without weather). */
    NOT_USED,
    /** Every step was corrected with the weather known at the origin. */
    APPLIED,
    /** Some steps were corrected; the others lacked a day's weather and are the model's forecast without it. */
    PARTIAL,
    /** The model has a correction but no weather was available: forecast without it. */
    UNAVAILABLE
}
