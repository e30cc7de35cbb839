from enum import StrEnum


class V1BillingInfoLanguage(StrEnum):
    DA_DK = "da_DK"
    DE_DE = "de_DE"
    EN_AU = "en_AU"
    EN_GB = "en_GB"
    EN_US = "en_US"
    ES_ES = "es_ES"
    ES_XC = "es_XC"
    FR_CA = "fr_CA"
    FR_FR = "fr_FR"
    FR_XC = "fr_XC"
    HE_IL = "he_IL"
    ID_ID = "id_ID"
    IT_IT = "it_IT"
    JA_JP = "ja_JP"
    NL_NL = "nl_NL"
    NO_NO = "no_NO"
    PL_PL = "pl_PL"
    PT_BR = "pt_BR"
    PT_PT = "pt_PT"
    RU_RU = "ru_RU"
    SV_SE = "sv_SE"
    TH_TH = "th_TH"
    TR_TR = "tr_TR"
    ZH_CN = "zh_CN"
    ZH_HK = "zh_HK"
    ZH_TW = "zh_TW"
    ZH_XC = "zh_XC"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "V1BillingInfoLanguage | None":
        """Accept a value PayPal added after this client was generated, instead of raising.

        The new value becomes a member of its own (cached, so it compares by identity too),
        keeps its text in `.value` and goes back to PayPal unchanged.
        """
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)  # type: ignore[return-value]
